package dk.samvaer.outreach.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A referral was declined. */
@Revision("1")
public record ReferralDeclined(ReferralId referralId, String municipalityCode, LocalDate declinedOn, String reason) {}
