package dk.samvaer.activities.domain;

import dk.samvaer.kernel.Bounds;
import dk.samvaer.kernel.InvalidInput;
import java.time.Clock;
import java.time.LocalDate;

/**
 * A valid logbook: the date held (not in the future) and three whole staff estimates from 0 to 10000, where neither
 * the new participants nor the formerly homeless outnumber the participants.
 */
record LogbookEntry(LocalDate heldOn, int participants, int newParticipants, int formerlyHomeless) {

    static LogbookEntry of(
            LocalDate heldOn, Integer participants, Integer newParticipants, Integer formerlyHomeless, Clock clock) {
        if (heldOn == null) {
            throw new InvalidInput("held-on-required", "heldOn", "The logbook needs the date the activity was held.");
        }
        Bounds.happened("heldOn", heldOn, clock);
        int all = Bounds.count("participants", participants);
        int fresh = Bounds.count("newParticipants", newParticipants);
        int formerlyHomelessCount = Bounds.count("formerlyHomeless", formerlyHomeless);
        requireNotMoreThanParticipants("newParticipants", fresh, all);
        requireNotMoreThanParticipants("formerlyHomeless", formerlyHomelessCount, all);
        return new LogbookEntry(heldOn, all, fresh, formerlyHomelessCount);
    }

    private static void requireNotMoreThanParticipants(String field, int value, int participants) {
        if (value > participants) {
            throw new InvalidInput(
                    "count-exceeds-participants",
                    field,
                    field + " (" + value + ") cannot exceed participants (" + participants + ").");
        }
    }
}
