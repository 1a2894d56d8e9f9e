package dk.samvaer.reporting.statistics;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.StatUtils;

/**
 * Shares that are ratios of sums over activities, such as new participants ÷ participants: {@code R = Σy / Σx}. The
 * activity is the cluster (the same people fill one activity's logbook, so its participants are not independent), and
 * the variance of {@code R} is the delta method's (Taylor linearisation) over activities: with residuals
 * {@code d_i = y_i − R·x_i}, {@code Var(R) ≈ n/(n−1) · Σd_i² / (Σx)²}. The interval is normal, {@code R ± 1.96·se},
 * cut to {@code [0, 1]} (a difference of two shares to {@code [−1, 1]}); two shares are compared by
 * {@code (R₁ − R₂) / sqrt(Var₁ + Var₂)} against the standard normal.
 */
public final class Ratios {

    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);
    private static final double Z = NORMAL.inverseCumulativeProbability(0.975);

    private Ratios() {}

    /** {@code Σnumerators / Σdenominators} over activities, one pair per activity. */
    public static Estimate of(double[] numerators, double[] denominators) {
        Fit fit = Fit.of(numerators, denominators);
        if (fit.missing != null) {
            return Estimate.none(Method.DELTA_METHOD_RATIO, fit.missing);
        }
        double halfWidth = Z * Math.sqrt(fit.variance);
        Estimate estimate = Estimate.of(
                fit.ratio,
                new Interval(fit.ratio - halfWidth, fit.ratio + halfWidth).within(0, 1),
                Method.DELTA_METHOD_RATIO);
        return fit.variance == 0 ? estimate.because(Estimate.NO_VARIATION) : estimate;
    }

    /** The first ratio minus the second, with a normal interval and two-sided p-value. */
    public static Estimate difference(
            double[] firstNumerators,
            double[] firstDenominators,
            double[] secondNumerators,
            double[] secondDenominators) {
        Fit first = Fit.of(firstNumerators, firstDenominators);
        Fit second = Fit.of(secondNumerators, secondDenominators);
        if (first.missing != null || second.missing != null) {
            return Estimate.none(
                    Method.DELTA_METHOD_RATIO,
                    "A group cannot be estimated (" + (first.missing != null ? first.missing : second.missing) + ")");
        }
        double difference = first.ratio - second.ratio;
        double standardError = Math.sqrt(first.variance + second.variance);
        if (standardError == 0) {
            return new Estimate(
                    difference,
                    new Interval(difference, difference),
                    null,
                    Method.DELTA_METHOD_RATIO,
                    Estimate.NO_VARIATION_IN_EITHER);
        }
        double halfWidth = Z * standardError;
        return new Estimate(
                difference,
                new Interval(difference - halfWidth, difference + halfWidth).within(-1, 1),
                2 * NORMAL.cumulativeProbability(-Math.abs(difference / standardError)),
                Method.DELTA_METHOD_RATIO,
                null);
    }

    /** A ratio and the delta method's variance of it, or why there is none. */
    private record Fit(double ratio, double variance, String missing) {

        static Fit of(double[] numerators, double[] denominators) {
            if (numerators.length != denominators.length) {
                throw new IllegalArgumentException("One numerator and one denominator per activity");
            }
            int n = numerators.length;
            if (n < 2) {
                return new Fit(0, 0, Estimate.FEWER_THAN_TWO_ACTIVITIES);
            }
            double total = StatUtils.sum(denominators);
            if (total == 0) {
                return new Fit(0, 0, Estimate.NO_PARTICIPANTS);
            }
            double ratio = StatUtils.sum(numerators) / total;
            double[] residuals = new double[n];
            for (int i = 0; i < n; i++) {
                residuals[i] = numerators[i] - ratio * denominators[i];
            }
            double variance = n / (n - 1.0) * StatUtils.sumSq(residuals) / (total * total);
            return new Fit(ratio, variance, null);
        }
    }
}
