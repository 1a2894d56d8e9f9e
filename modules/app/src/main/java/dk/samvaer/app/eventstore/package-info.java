/** The Axon event store on JDBC: schema names, serialisation, duplicate-key detection, processor defaults. */
package dk.samvaer.app.eventstore;
