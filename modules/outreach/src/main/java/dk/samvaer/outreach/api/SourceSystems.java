package dk.samvaer.outreach.api;

import dk.samvaer.kernel.InvalidInput;
import java.util.regex.Pattern;

/** How case systems name themselves and their postings: {@code sourceSystem} and {@code externalId}. */
public final class SourceSystems {

    /** A source system's name or a posting's external id: 1 to 100 letters, digits, '.', '_', ':' or '-'. */
    public static final String PATTERN = "[A-Za-z0-9._:-]{1,100}";

    private static final Pattern NAME = Pattern.compile(PATTERN);

    private SourceSystems() {}

    /** The name, if it is one; refused as input otherwise. */
    public static String require(String field, String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidInput(
                    "source-system-name", field, field + " is 1 to 100 letters, digits, '.', '_', ':' or '-'.");
        }
        return name;
    }
}
