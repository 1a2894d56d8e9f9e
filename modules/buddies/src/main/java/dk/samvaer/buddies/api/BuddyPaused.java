package dk.samvaer.buddies.api;

import org.axonframework.serialization.Revision;

/** A buddy was paused. */
@Revision("1")
public record BuddyPaused(BuddyId buddyId, String municipalityCode, String reason) {}
