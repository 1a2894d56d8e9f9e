package dk.samvaer.outreach.api;

import dk.samvaer.programme.api.CentreId;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that a service referred a citizen (by pseudonym) to a centre on a date. Causes {@link ReferralMade}. */
public record MakeReferral(
        @TargetAggregateIdentifier ReferralId referralId,
        String municipalityCode,
        Service service,
        String citizenPseudonym,
        CentreId centreId,
        LocalDate referredOn) {}
