package dk.samvaer.activities.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Replace the logbook of a held activity; the reason is mandatory and the original stays in the history. Causes
 * {@link LogbookCorrected}.
 */
public record CorrectLogbook(
        @TargetAggregateIdentifier ActivityId activityId,
        LocalDate heldOn,
        Integer participants,
        Integer newParticipants,
        Integer formerlyHomeless,
        String reason,
        @TargetAggregateVersion Long expectedVersion) {}
