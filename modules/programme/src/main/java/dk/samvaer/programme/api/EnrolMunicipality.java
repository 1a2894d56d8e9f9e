package dk.samvaer.programme.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Enrol one more municipality in an existing project year. Causes {@link MunicipalityEnrolled}. */
public record EnrolMunicipality(@TargetAggregateIdentifier ProjectYearId projectYearId, Enrolment enrolment) {}
