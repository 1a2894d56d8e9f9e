package dk.samvaer.activities.api;

import java.util.Set;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A participant's answer through the activity's public evaluation link: accepted only with the link the activity has
 * now, once it was held, and for {@link #OPEN_FOR_DAYS} days from the day it was held. Anonymous by design. Causes
 * {@link EvaluationSubmitted}.
 */
public record SubmitEvaluationByLink(
        @TargetAggregateIdentifier ActivityId activityId,
        String token,
        UUID evaluationId,
        Set<HeardVia> heardVia,
        Boolean wouldJoinAgain) {

    /** How many days, from the day it was held, an activity's evaluation link takes answers. */
    public static final int OPEN_FOR_DAYS = 14;
}
