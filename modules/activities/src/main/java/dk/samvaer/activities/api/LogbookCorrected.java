package dk.samvaer.activities.api;

import dk.samvaer.programme.api.CentreId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The logbook of a held activity was corrected; these values replace the earlier ones, for the given reason. */
@Revision("1")
public record LogbookCorrected(
        ActivityId activityId,
        CentreId centreId,
        String municipalityCode,
        LocalDate heldOn,
        int participants,
        int newParticipants,
        int formerlyHomeless,
        String reason)
        implements LogbookFigures {}
