package dk.samvaer.activities.api;

import dk.samvaer.programme.api.CentreId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * The activity was held and its logbook recorded. {@code heldOn} decides the project year; the counts are staff
 * estimates: participants, of whom new to the centre's community activities, and formerly homeless.
 */
@Revision("1")
public record ActivityHeld(
        ActivityId activityId,
        CentreId centreId,
        String municipalityCode,
        LocalDate heldOn,
        int participants,
        int newParticipants,
        int formerlyHomeless)
        implements LogbookFigures {}
