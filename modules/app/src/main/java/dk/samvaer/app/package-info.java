/** The Spring Boot application: wiring of the contexts, the event store, OpenAPI, observability and the demo year. */
package dk.samvaer.app;
