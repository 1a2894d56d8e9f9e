package dk.samvaer.outreach.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the centre accepted a referral. Causes {@link ReferralAccepted}. */
public record AcceptReferral(@TargetAggregateIdentifier ReferralId referralId, LocalDate acceptedOn) {}
