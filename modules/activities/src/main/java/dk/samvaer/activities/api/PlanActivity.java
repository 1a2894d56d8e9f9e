package dk.samvaer.activities.api;

import dk.samvaer.programme.api.CentreId;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Plan an activity at a centre. Description, cost, transport and accessibility notes are optional. Causes
 * {@link ActivityPlanned} and {@link EvaluationLinkIssued}.
 */
public record PlanActivity(
        @TargetAggregateIdentifier ActivityId activityId,
        CentreId centreId,
        String title,
        Category category,
        Setting setting,
        OffsetDateTime startsAt,
        String description,
        BigDecimal costPerParticipant,
        String transport,
        String accessibilityNotes) {

    /** The longest transport note. */
    public static final int MAX_TRANSPORT = 500;
}
