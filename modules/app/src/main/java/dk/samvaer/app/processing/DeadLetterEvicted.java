package dk.samvaer.app.processing;

import org.axonframework.serialization.Revision;

/**
 * An operator removed a parked event from a projection's dead-letter queue, with a reason: that projection will never
 * handle it. The event itself stays in the event store; a rebuild of the projection handles it again.
 */
@Revision("1")
public record DeadLetterEvicted(String processor, String letterId, String eventId, String eventType, String reason) {}
