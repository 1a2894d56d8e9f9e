package dk.samvaer.buddies.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Resume a paused buddy. */
public record ResumeBuddy(@TargetAggregateIdentifier BuddyId buddyId) {}
