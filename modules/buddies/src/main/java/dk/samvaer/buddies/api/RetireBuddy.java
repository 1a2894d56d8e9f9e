package dk.samvaer.buddies.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Retire a buddy; nothing more is recorded for them. Causes {@link BuddyRetired}. */
public record RetireBuddy(@TargetAggregateIdentifier BuddyId buddyId, String reason) {}
