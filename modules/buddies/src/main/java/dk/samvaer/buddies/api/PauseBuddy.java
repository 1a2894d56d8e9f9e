package dk.samvaer.buddies.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Pause an active buddy, with a reason. Causes {@link BuddyPaused}. */
public record PauseBuddy(@TargetAggregateIdentifier BuddyId buddyId, String reason) {}
