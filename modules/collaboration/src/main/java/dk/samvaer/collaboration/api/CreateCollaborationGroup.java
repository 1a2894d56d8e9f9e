package dk.samvaer.collaboration.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Set up a collaboration group in a municipality, at a level. Causes {@link CollaborationGroupCreated}. */
public record CreateCollaborationGroup(
        @TargetAggregateIdentifier GroupId groupId, String municipalityCode, Level level) {}
