package dk.samvaer.activities.domain;

import dk.samvaer.kernel.Bounds;
import dk.samvaer.kernel.InvalidInput;

/** A correction or cancellation must say why: a non-blank reason of bounded length. */
final class Reasons {

    static final int MAX_LENGTH = Bounds.MAX_TEXT;

    private Reasons() {}

    static String require(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason-required", "reason", "A reason is required.");
        }
        if (reason.strip().length() > MAX_LENGTH) {
            throw new InvalidInput("reason-too-long", "reason", "A reason has at most " + MAX_LENGTH + " characters.");
        }
        return reason.strip();
    }
}
