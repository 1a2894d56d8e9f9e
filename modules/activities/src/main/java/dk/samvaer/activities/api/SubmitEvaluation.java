package dk.samvaer.activities.api;

import java.util.Set;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Add one participant evaluation to a held activity: where they heard of it (any of the options, possibly none) and
 * whether they would join a similar activity again ({@code null} when unanswered). Anonymous by design. Causes
 * {@link EvaluationSubmitted}.
 */
public record SubmitEvaluation(
        @TargetAggregateIdentifier ActivityId activityId,
        UUID evaluationId,
        Set<HeardVia> heardVia,
        Boolean wouldJoinAgain) {}
