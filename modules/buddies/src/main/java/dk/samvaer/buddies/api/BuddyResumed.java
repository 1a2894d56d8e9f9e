package dk.samvaer.buddies.api;

import org.axonframework.serialization.Revision;

/** A paused buddy was resumed. */
@Revision("1")
public record BuddyResumed(BuddyId buddyId, String municipalityCode) {}
