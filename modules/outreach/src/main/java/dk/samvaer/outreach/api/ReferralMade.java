package dk.samvaer.outreach.api;

import dk.samvaer.kernel.Pseudonym;
import dk.samvaer.programme.api.CentreId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A service referred a citizen (by pseudonym) to a centre. */
@Revision("1")
public record ReferralMade(
        ReferralId referralId,
        String municipalityCode,
        Service service,
        @Pseudonym String citizenPseudonym,
        CentreId centreId,
        LocalDate referredOn) {}
