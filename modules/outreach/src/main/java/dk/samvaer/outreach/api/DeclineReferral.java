package dk.samvaer.outreach.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that a referral was declined, with a reason. Causes {@link ReferralDeclined}. */
public record DeclineReferral(@TargetAggregateIdentifier ReferralId referralId, LocalDate declinedOn, String reason) {}
