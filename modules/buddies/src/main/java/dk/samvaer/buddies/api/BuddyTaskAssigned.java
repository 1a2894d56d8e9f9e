package dk.samvaer.buddies.api;

import org.axonframework.serialization.Revision;

/** A buddy took on a task. */
@Revision("1")
public record BuddyTaskAssigned(BuddyId buddyId, String municipalityCode, BuddyTask task) {}
