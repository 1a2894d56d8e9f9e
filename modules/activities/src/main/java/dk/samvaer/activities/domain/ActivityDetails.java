package dk.samvaer.activities.domain;

import dk.samvaer.activities.api.PlanActivity;
import dk.samvaer.kernel.InvalidInput;
import java.math.BigDecimal;

/** What a planned activity must describe: a title, category, setting and start; bounded optional texts. */
final class ActivityDetails {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_TRANSPORT = 500;
    static final int MAX_ACCESSIBILITY = 1000;

    private ActivityDetails() {}

    static void validate(PlanActivity command) {
        if (command.title() == null || command.title().isBlank()) {
            throw new InvalidInput("title-required", "title", "An activity needs a title.");
        }
        requireMaxLength("title", command.title().strip(), MAX_TITLE);
        requirePresent("category", command.category());
        requirePresent("setting", command.setting());
        requirePresent("startsAt", command.startsAt());
        requireMaxLength("description", command.description(), MAX_DESCRIPTION);
        requireMaxLength("transport", command.transport(), MAX_TRANSPORT);
        requireMaxLength("accessibilityNotes", command.accessibilityNotes(), MAX_ACCESSIBILITY);
        BigDecimal cost = command.costPerParticipant();
        if (cost != null && cost.signum() < 0) {
            throw new InvalidInput("cost-negative", "costPerParticipant", "The cost cannot be negative.");
        }
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
