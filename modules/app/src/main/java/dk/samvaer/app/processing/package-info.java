/**
 * How the projections' processors meet faults: handlers that roll back alone (savepoints), Axon's dead-letter queue
 * for events that keep failing, transient faults retried rather than parked, and the operators' endpoint for dead
 * letters. See ADR 0012.
 */
package dk.samvaer.app.processing;
