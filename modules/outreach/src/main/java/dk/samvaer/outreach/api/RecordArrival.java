package dk.samvaer.outreach.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the referred citizen's first visit to the centre. Causes {@link CitizenArrived}. */
public record RecordArrival(@TargetAggregateIdentifier ReferralId referralId, LocalDate arrivedOn) {}
