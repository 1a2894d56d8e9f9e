package dk.samvaer.outreach.api;

import dk.samvaer.activities.api.ActivityId;
import dk.samvaer.programme.api.CentreId;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record a visibility action of a centre: a poster for an activity, a social-media post, an open house, or the Drop-in
 * Centres' Day. Causes {@link VisibilityActionTaken}.
 */
public record RecordVisibilityAction(
        @TargetAggregateIdentifier VisibilityActionId actionId,
        CentreId centreId,
        VisibilityKind kind,
        Channel channel,
        ActivityId activityId,
        LocalDate takenOn,
        String description) {

    /** The longest description. */
    public static final int MAX_DESCRIPTION = 500;
}
