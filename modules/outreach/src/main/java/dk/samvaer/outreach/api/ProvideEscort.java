package dk.samvaer.outreach.api;

import dk.samvaer.activities.api.ActivityId;
import dk.samvaer.programme.api.CentreId;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record that a worker went with a citizen (by pseudonym) to a centre, or to an activity there, on a date. Causes
 * {@link EscortProvided}.
 */
public record ProvideEscort(
        @TargetAggregateIdentifier EscortId escortId,
        String municipalityCode,
        Service service,
        String citizenPseudonym,
        CentreId centreId,
        ActivityId activityId,
        LocalDate escortedOn) {}
