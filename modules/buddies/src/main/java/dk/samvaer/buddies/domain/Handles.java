package dk.samvaer.buddies.domain;

import dk.samvaer.buddies.api.EnrolBuddy;
import dk.samvaer.kernel.InvalidInput;
import java.util.regex.Pattern;

/**
 * A buddy's handle is a pseudonym chosen by staff: one word of 2 to 30 letters, digits, '-' or '_' (so not a full
 * name), with at least one letter (so never a CPR number or other bare number).
 */
final class Handles {

    private static final Pattern ONE_WORD = Pattern.compile("[\\p{L}\\p{N}_-]{2," + EnrolBuddy.MAX_HANDLE + "}");
    private static final Pattern A_LETTER = Pattern.compile(".*\\p{L}.*");

    private Handles() {}

    static String require(String handle) {
        String candidate = handle == null ? "" : handle.strip();
        if (!ONE_WORD.matcher(candidate).matches()
                || !A_LETTER.matcher(candidate).matches()) {
            throw new InvalidInput(
                    "handle-not-pseudonymous",
                    "handle",
                    "A handle is one word of 2-30 letters, digits, '-' or '_', with a letter: a pseudonym, never a"
                            + " real name or a CPR number.");
        }
        return candidate;
    }
}
