package dk.samvaer.outreach.api;

import dk.samvaer.programme.api.CentreId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The referred citizen came to the centre for the first time, {@code daysFromReferral} days after the referral. */
@Revision("1")
public record CitizenArrived(
        ReferralId referralId,
        String municipalityCode,
        CentreId centreId,
        LocalDate arrivedOn,
        long daysFromReferral) {}
