package dk.samvaer.kernel;

import java.util.List;

/** Free text as commands accept it: stripped, bounded, and required where the domain needs it. */
public final class Texts {

    private Texts() {}

    /** A non-blank text of at most {@code max} characters, stripped. */
    public static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field + "-required", field, field + " is required.");
        }
        return optional(field, value, max);
    }

    /** A text of at most {@code max} characters, stripped; {@code null} when blank. */
    public static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new InvalidInput(field + "-too-long", field, field + " has at most " + max + " characters.");
        }
        return text;
    }

    /** A list of at most {@code maxItems} non-blank texts of at most {@code max} characters each. */
    public static List<String> list(String field, List<String> values, int maxItems, int max) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > maxItems) {
            throw new InvalidInput(field + "-too-many", field, field + " has at most " + maxItems + " items.");
        }
        return values.stream().map(value -> required(field, value, max)).toList();
    }

    /** A value that must be present. */
    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidInput(field + "-required", field, field + " is required.");
        }
        return value;
    }
}
