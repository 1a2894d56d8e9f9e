package dk.samvaer.outreach.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A referral expired without an arrival. */
@Revision("1")
public record ReferralExpired(ReferralId referralId, String municipalityCode, LocalDate expiredOn, String reason) {}
