package dk.samvaer.activities.domain;

import dk.samvaer.activities.api.PlanActivity;
import dk.samvaer.kernel.Bounds;
import dk.samvaer.kernel.InvalidInput;

/**
 * What a planned activity must describe: a title, category, setting and start (within the programme's years);
 * bounded optional texts; a cost per participant from 0 to 100000.00 DKK.
 */
final class ActivityDetails {

    static final int MAX_TITLE = Bounds.MAX_NAME;
    static final int MAX_DESCRIPTION = Bounds.MAX_LONG_TEXT;
    static final int MAX_TRANSPORT = PlanActivity.MAX_TRANSPORT;
    static final int MAX_ACCESSIBILITY = Bounds.MAX_TEXT;

    private ActivityDetails() {}

    static void validate(PlanActivity command) {
        if (command.title() == null || command.title().isBlank()) {
            throw new InvalidInput("title-required", "title", "An activity needs a title.");
        }
        requireMaxLength("title", command.title().strip(), MAX_TITLE);
        requirePresent("category", command.category());
        requirePresent("setting", command.setting());
        requirePresent("startsAt", command.startsAt());
        Bounds.date("startsAt", command.startsAt().toLocalDate());
        requireMaxLength("description", command.description(), MAX_DESCRIPTION);
        requireMaxLength("transport", command.transport(), MAX_TRANSPORT);
        requireMaxLength("accessibilityNotes", command.accessibilityNotes(), MAX_ACCESSIBILITY);
        Bounds.amount("costPerParticipant", command.costPerParticipant());
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static void requirePresent(String field, Object value) {
        if (value == null) {
            throw new InvalidInput(field + "-required", field, field + " is required.");
        }
    }

    private static void requireMaxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidInput(field + "-too-long", field, field + " has at most " + max + " characters.");
        }
    }
}
