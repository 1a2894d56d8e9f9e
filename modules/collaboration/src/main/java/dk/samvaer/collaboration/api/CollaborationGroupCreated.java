package dk.samvaer.collaboration.api;

import org.axonframework.serialization.Revision;

/** A collaboration group was set up. */
@Revision("1")
public record CollaborationGroupCreated(GroupId groupId, String municipalityCode, Level level) {}
