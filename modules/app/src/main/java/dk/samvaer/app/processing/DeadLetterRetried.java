package dk.samvaer.app.processing;

import org.axonframework.serialization.Revision;

/**
 * An operator asked a projection to handle its parked events of one sequence again (or of every sequence, when
 * {@code sequenceId} is null); {@code succeeded} tells whether the first parked event of a sequence went through.
 */
@Revision("1")
public record DeadLetterRetried(String processor, String sequenceId, boolean succeeded, long remaining) {}
