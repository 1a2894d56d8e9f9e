package dk.samvaer.outreach.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that a referral expired without an arrival, with a reason. Causes {@link ReferralExpired}. */
public record ExpireReferral(@TargetAggregateIdentifier ReferralId referralId, LocalDate expiredOn, String reason) {}
