package dk.samvaer.activities.api;

import dk.samvaer.programme.api.CentreId;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.axonframework.serialization.Revision;

/** An activity was planned at a centre (the municipality is the centre's, fixed at planning). */
@Revision("1")
public record ActivityPlanned(
        ActivityId activityId,
        CentreId centreId,
        String municipalityCode,
        String title,
        Category category,
        Setting setting,
        OffsetDateTime startsAt,
        String description,
        BigDecimal costPerParticipant,
        String transport,
        String accessibilityNotes) {}
