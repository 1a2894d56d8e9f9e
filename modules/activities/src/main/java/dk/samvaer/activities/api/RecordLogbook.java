package dk.samvaer.activities.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Record the logbook after the activity was held: the date and three staff estimates. The counts are estimates, so that
 * no participant ever declares their status. Causes {@link ActivityHeld}.
 */
public record RecordLogbook(
        @TargetAggregateIdentifier ActivityId activityId,
        LocalDate heldOn,
        Integer participants,
        Integer newParticipants,
        Integer formerlyHomeless,
        @TargetAggregateVersion Long expectedVersion) {}
