package dk.samvaer.outreach.api;

import dk.samvaer.activities.api.ActivityId;
import dk.samvaer.programme.api.CentreId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A centre did something to be seen. */
@Revision("1")
public record VisibilityActionTaken(
        VisibilityActionId actionId,
        CentreId centreId,
        String municipalityCode,
        VisibilityKind kind,
        Channel channel,
        ActivityId activityId,
        LocalDate takenOn,
        String description) {}
