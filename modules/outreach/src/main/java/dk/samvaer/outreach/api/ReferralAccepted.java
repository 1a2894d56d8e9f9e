package dk.samvaer.outreach.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The centre accepted a referral. */
@Revision("1")
public record ReferralAccepted(ReferralId referralId, String municipalityCode, LocalDate acceptedOn) {}
