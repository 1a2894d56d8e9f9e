package dk.samvaer.buddies.api;

import org.axonframework.serialization.Revision;

/** A buddy was retired. */
@Revision("1")
public record BuddyRetired(BuddyId buddyId, String municipalityCode, String reason) {}
