/** Event-sourced aggregates of the collaboration context; free of Spring, persistence and web. */
package dk.samvaer.collaboration.domain;
