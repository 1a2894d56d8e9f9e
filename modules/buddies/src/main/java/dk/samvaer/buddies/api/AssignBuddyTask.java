package dk.samvaer.buddies.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Give a trained, active buddy a task. Causes {@link BuddyTaskAssigned}. */
public record AssignBuddyTask(@TargetAggregateIdentifier BuddyId buddyId, BuddyTask task) {}
