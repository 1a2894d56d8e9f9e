package dk.samvaer.programme.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Register a drop-in centre in a municipality. Causes {@link CentreRegistered}. */
public record RegisterCentre(@TargetAggregateIdentifier CentreId centreId, String municipalityCode, String name) {}
