package dk.samvaer.programme.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Create a project year with its first municipalities enrolled. Causes {@link ProjectYearCreated} and
 * {@link MunicipalityEnrolled}.
 */
public record CreateProjectYear(@TargetAggregateIdentifier ProjectYearId projectYearId, List<Enrolment> enrolments) {}
