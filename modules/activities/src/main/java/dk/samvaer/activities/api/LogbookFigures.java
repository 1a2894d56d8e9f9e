package dk.samvaer.activities.api;

import java.time.LocalDate;

/**
 * What a held activity's logbook says: the day it was held and the staff's three counts. {@link ActivityHeld} records
 * it first, {@link LogbookCorrected} replaces it; a read model that keeps only the current figures treats both alike.
 */
public interface LogbookFigures {

    ActivityId activityId();

    LocalDate heldOn();

    int participants();

    int newParticipants();

    int formerlyHomeless();
}
