package dk.samvaer.activities.domain;

import dk.samvaer.kernel.InvalidInput;
import java.time.LocalDate;

/**
 * A valid logbook: the date held and three whole, non-negative staff estimates, where neither the new participants
 * nor the formerly homeless outnumber the participants.
 */
record LogbookEntry(LocalDate heldOn, int participants, int newParticipants, int formerlyHomeless) {

    static LogbookEntry of(LocalDate heldOn, Integer participants, Integer newParticipants, Integer formerlyHomeless) {
        if (heldOn == null) {
            throw new InvalidInput("held-on-required", "heldOn", "The logbook needs the date the activity was held.");
        }
        int all = requireCount("participants", participants);
        int fresh = requireCount("newParticipants", newParticipants);
        int formerlyHomelessCount = requireCount("formerlyHomeless", formerlyHomeless);
        requireNotMoreThanParticipants("newParticipants", fresh, all);
        requireNotMoreThanParticipants("formerlyHomeless", formerlyHomelessCount, all);
        return new LogbookEntry(heldOn, all, fresh, formerlyHomelessCount);
    }

    private static int requireCount(String field, Integer value) {
        if (value == null) {
            throw new InvalidInput("count-required", field, field + " is required.");
        }
        if (value < 0) {
            throw new InvalidInput("count-negative", field, field + " cannot be negative.");
        }
        return value;
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
