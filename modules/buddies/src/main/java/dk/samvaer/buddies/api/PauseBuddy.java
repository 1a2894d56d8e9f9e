package dk.samvaer.buddies.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Pause an active buddy, with a reason. */
public record PauseBuddy(@TargetAggregateIdentifier BuddyId buddyId, String reason) {}
