package dk.samvaer.reporting.query;

import dk.samvaer.activities.api.HeardVia;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The heard-via answers in the reporting tables: {@code reporting_evaluation} keeps one boolean column per {@link
 * HeardVia} answer, named {@code heard_} and the answer in lower case ({@code heard_social_media}). The one place that
 * names those columns; a new answer needs its enum constant and a migration that adds its column, nothing here. (The
 * names are built from the enum's constants, never from input.)
 */
final class HeardViaColumns {

    /** The columns, comma-separated, in the order of {@link HeardVia}. */
    static final String NAMES =
            Arrays.stream(HeardVia.values()).map(HeardViaColumns::column).collect(Collectors.joining(", "));

    /** A parameter for each of them: {@code ?, ?, ...}. */
    static final String PARAMETERS = String.join(", ", Collections.nCopies(HeardVia.values().length, "?"));

    private HeardViaColumns() {}

    /** The column of one answer. */
    static String column(HeardVia answer) {
        return "heard_" + answer.name().toLowerCase(Locale.ROOT);
    }

    /** An evaluation's values of {@link #NAMES}: whether it names each answer. */
    static List<Boolean> values(Set<HeardVia> answers) {
        return Arrays.stream(HeardVia.values()).map(answers::contains).toList();
    }

    /** For each answer in order, how many rows of the table aliased {@code alias} name it. */
    static String counts(String alias) {
        return Arrays.stream(HeardVia.values())
                .map(answer -> "SUM(CASE WHEN " + alias + "." + column(answer) + " THEN 1 ELSE 0 END)")
                .collect(Collectors.joining(", "));
    }
}
