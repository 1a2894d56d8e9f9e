package dk.samvaer.activities.api;

import java.util.Set;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A participant evaluated a held activity; {@code wouldJoinAgain} is {@code null} when left unanswered. */
@Revision("1")
public record EvaluationSubmitted(
        ActivityId activityId,
        UUID evaluationId,
        String municipalityCode,
        Set<HeardVia> heardVia,
        Boolean wouldJoinAgain) {}
