package dk.samvaer.reporting.query;

import dk.samvaer.activities.api.HeardVia;
import dk.samvaer.kernel.Shares;
import dk.samvaer.reporting.api.EvaluationSummary.MunicipalityEvaluations;
import dk.samvaer.reporting.api.EvaluationSummary.WouldJoinAgain;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Evaluations counted: how many, how many named each heard-via answer ({@code heard} in the order of {@link
 * HeardVia}), and how many answered yes and no to would join again.
 */
record EvaluationCounts(long evaluations, long[] heard, long yes, long no) {

    static final EvaluationCounts NONE = new EvaluationCounts(0, new long[HeardVia.values().length], 0, 0);

    /** The select list that counts the evaluations of the table aliased {@code alias}; {@link #read} reads it. */
    static String select(String alias) {
        return "COUNT(*), " + HeardViaColumns.counts(alias) + ", SUM(CASE WHEN " + alias
                + ".would_join_again = TRUE THEN 1 ELSE 0 END), SUM(CASE WHEN " + alias
                + ".would_join_again = FALSE THEN 1 ELSE 0 END)";
    }

    /** The counts of {@link #select}, whose first column is {@code first} in the row. */
    static EvaluationCounts read(ResultSet rs, int first) throws SQLException {
        long[] heard = new long[HeardVia.values().length];
        for (int i = 0; i < heard.length; i++) {
            heard[i] = rs.getLong(first + 1 + i);
        }
        return new EvaluationCounts(
                rs.getLong(first), heard, rs.getLong(first + 1 + heard.length), rs.getLong(first + 2 + heard.length));
    }

    /** The counts of a municipality's evaluation summary. */
    static EvaluationCounts of(MunicipalityEvaluations e) {
        long[] heard = new long[HeardVia.values().length];
        for (HeardVia answer : HeardVia.values()) {
            heard[answer.ordinal()] = orZero(e.heardVia().get(answer.name()));
        }
        return new EvaluationCounts(
                orZero(e.evaluations()),
                heard,
                orZero(e.wouldJoinAgain().yes()),
                orZero(e.wouldJoinAgain().no()));
    }

    /** How many named the answer. */
    long heard(HeardVia answer) {
        return heard[answer.ordinal()];
    }

    EvaluationCounts plus(EvaluationCounts other) {
        long[] sum = new long[heard.length];
        for (int i = 0; i < sum.length; i++) {
            sum[i] = heard[i] + other.heard[i];
        }
        return new EvaluationCounts(evaluations + other.evaluations, sum, yes + other.yes, no + other.no);
    }

    /** The heard-via counts as the reports have them: by the answer's name, in the order of {@link HeardVia}. */
    Map<String, Long> heardVia() {
        Map<String, Long> map = new LinkedHashMap<>();
        for (HeardVia answer : HeardVia.values()) {
            map.put(answer.name(), heard(answer));
        }
        return map;
    }

    WouldJoinAgain wouldJoinAgain() {
        return new WouldJoinAgain(yes, no, evaluations - yes - no, Shares.of(yes, yes + no));
    }

    private static long orZero(Long count) {
        return count == null ? 0 : count;
    }
}
