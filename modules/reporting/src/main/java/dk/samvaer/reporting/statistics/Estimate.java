package dk.samvaer.reporting.statistics;

import jakarta.annotation.Nullable;

/**
 * An estimate with its 95 % confidence interval and, for a difference between two groups, the two-sided p-value of
 * "no difference". Where the data cannot support an estimate, {@code value}, {@code ci95} and {@code pValue} are null
 * and {@code reason} says why; {@code reason} also explains an interval without width or a missing p-value. Never NaN
 * nor infinite.
 */
public record Estimate(
        @Nullable Double value,
        @Nullable Interval ci95,
        @Nullable Double pValue,
        Method method,
        @Nullable String reason) {

    /** Fewer than two activities: no spread, so no interval. */
    public static final String FEWER_THAN_TWO_ACTIVITIES = "Fewer than two activities held: too few to estimate.";

    public static final String NO_PARTICIPANTS = "No participants: the share is undefined.";
    public static final String NO_ANSWERS = "No answers: the proportion is undefined.";
    public static final String NO_VARIATION = "Every activity gave the same value: the interval has no width.";
    public static final String NO_VARIATION_IN_EITHER =
            "Neither group varies between activities: the interval has no width and no p-value can be computed.";
    public static final String SAME_ANSWER_IN_BOTH =
            "Every answer in both groups is the same: no p-value can be computed.";

    public Estimate {
        finite(value);
        finite(pValue);
        if (value == null && (ci95 != null || pValue != null)) {
            throw new IllegalArgumentException("An interval or p-value without an estimate");
        }
        if (value == null && reason == null) {
            throw new IllegalArgumentException("A missing estimate needs a reason");
        }
    }

    /** An estimate of one group. */
    static Estimate of(double value, Interval ci95, Method method) {
        return new Estimate(value, ci95, null, method, null);
    }

    /** No estimate, for the reason given. */
    public static Estimate none(Method method, String reason) {
        return new Estimate(null, null, null, method, reason);
    }

    /** Whether there is an estimate (and so an interval). */
    public boolean estimable() {
        return value != null;
    }

    Estimate because(String why) {
        return new Estimate(value, ci95, pValue, method, why);
    }

    private static void finite(Double number) {
        if (number != null && !Double.isFinite(number)) {
            throw new IllegalArgumentException("Not a finite number: " + number);
        }
    }
}
