package dk.samvaer.collaboration.api;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Mark a follow-up of a held meeting as completed. Causes {@link FollowUpCompleted}. */
public record CompleteFollowUp(
        @TargetAggregateIdentifier MeetingId meetingId, UUID followUpId, LocalDate completedOn) {}
