package dk.samvaer.kernel;

import java.time.Duration;

/**
 * Checks for the typed settings ({@code @ConfigurationProperties} records). A record's compact constructor calls them
 * with the setting's full name, so a value that cannot work stops the start with a sentence that names the setting;
 * the defaults are the records' {@code @DefaultValue}s, where IDEs read them from Spring's configuration metadata.
 */
public final class Settings {

    private Settings() {}

    /** The duration, if it is longer than zero. */
    public static Duration positive(String setting, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(setting + " must be a positive duration, such as PT5S, not " + value);
        }
        return value;
    }

    /** The duration, if it is not negative (zero: at once, or not at all). */
    public static Duration notNegative(String setting, Duration value) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException(
                    setting + " must be a duration of zero or more, such as PT5S, not " + value);
        }
        return value;
    }

    /** The number, if it is at least {@code least}. */
    public static int atLeast(String setting, int value, int least) {
        if (value < least) {
            throw new IllegalArgumentException(setting + " must be at least " + least + ", not " + value);
        }
        return value;
    }
}
