package dk.samvaer.buddies.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Resume a paused buddy. Causes {@link BuddyResumed}. */
public record ResumeBuddy(@TargetAggregateIdentifier BuddyId buddyId) {}
