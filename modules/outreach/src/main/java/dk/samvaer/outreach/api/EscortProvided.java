package dk.samvaer.outreach.api;

import dk.samvaer.activities.api.ActivityId;
import dk.samvaer.kernel.Pseudonym;
import dk.samvaer.programme.api.CentreId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A worker from a service went with a citizen (a pseudonym, never the case system's reference) to a centre, or an activity there. */
@Revision("1")
public record EscortProvided(
        EscortId escortId,
        String municipalityCode,
        Service service,
        @Pseudonym String citizenPseudonym,
        CentreId centreId,
        ActivityId activityId,
        LocalDate escortedOn) {}
