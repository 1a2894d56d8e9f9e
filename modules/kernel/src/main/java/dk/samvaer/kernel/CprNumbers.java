package dk.samvaer.kernel;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises CPR-shaped values: ten digits, optionally with a hyphen after the sixth, where the first six are a valid
 * date DDMMYY (in either century). Samvær refuses them everywhere; it never needs a CPR number. UUIDs are not examined,
 * whether the text is one or holds one (a path, a JSON answer), since a UUID's digit groups can happen to look like one.
 */
public final class CprNumbers {

    private static final Pattern CPR = Pattern.compile("(?<![0-9])([0-9]{2})([0-9]{2})([0-9]{2})-?[0-9]{4}(?![0-9])");
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private CprNumbers() {}

    /** Whether the text contains a CPR-shaped value anywhere. */
    public static boolean containsCprShape(String text) {
        if (text == null || text.length() < 10) {
            return false;
        }
        Matcher matcher = CPR.matcher(UUID_TEXT.matcher(text).replaceAll(" "));
        while (matcher.find()) {
            int day = Integer.parseInt(matcher.group(1));
            int month = Integer.parseInt(matcher.group(2));
            int year = Integer.parseInt(matcher.group(3));
            if (isDate(1900 + year, month, day) || isDate(2000 + year, month, day)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDate(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
