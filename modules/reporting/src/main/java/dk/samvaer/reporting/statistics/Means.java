package dk.samvaer.reporting.statistics;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.inference.TTest;

/**
 * Means of per-activity counts (participants, new participants, formerly homeless per activity): the mean with
 * Student's t interval, and the difference of two means with Welch's t interval and two-sided test, which do not
 * assume the two groups vary alike. The activities are the units; each needs at least two.
 */
public final class Means {

    private static final double UPPER = 0.975;
    private static final Welch WELCH = new Welch();

    private Means() {}

    /** The mean of {@code values} with its t interval on {@code n − 1} degrees of freedom. */
    public static Estimate of(double[] values) {
        int n = values.length;
        if (n < 2) {
            return Estimate.none(Method.T, Estimate.FEWER_THAN_TWO_ACTIVITIES);
        }
        double mean = StatUtils.mean(values);
        double standardError = Math.sqrt(StatUtils.variance(values, mean) / n);
        if (standardError == 0) {
            return Estimate.of(mean, new Interval(mean, mean), Method.T).because(Estimate.NO_VARIATION);
        }
        double t = quantile(n - 1);
        return Estimate.of(mean, new Interval(mean - t * standardError, mean + t * standardError), Method.T);
    }

    /**
     * {@code mean(first) − mean(second)} with Welch's interval (Welch–Satterthwaite degrees of freedom) and the
     * two-sided p-value of Welch's test of equal means.
     */
    public static Estimate difference(double[] first, double[] second) {
        if (first.length < 2 || second.length < 2) {
            return Estimate.none(Method.WELCH_T, "A group has fewer than two activities: too few to compare.");
        }
        double n1 = first.length;
        double n2 = second.length;
        double variance1 = StatUtils.variance(first);
        double variance2 = StatUtils.variance(second);
        double difference = StatUtils.mean(first) - StatUtils.mean(second);
        double standardError = Math.sqrt(variance1 / n1 + variance2 / n2);
        if (standardError == 0) {
            return new Estimate(
                    difference,
                    new Interval(difference, difference),
                    null,
                    Method.WELCH_T,
                    Estimate.NO_VARIATION_IN_EITHER);
        }
        double t = quantile(WELCH.degreesOfFreedom(variance1, variance2, n1, n2));
        return new Estimate(
                difference,
                new Interval(difference - t * standardError, difference + t * standardError),
                WELCH.tTest(first, second),
                Method.WELCH_T,
                null);
    }

    /** The 97.5 % quantile of Student's t: the half-width of a 95 % interval in standard errors. */
    private static double quantile(double degreesOfFreedom) {
        return new TDistribution(null, degreesOfFreedom).inverseCumulativeProbability(UPPER);
    }

    /** Commons Math's Welch test, whose Welch–Satterthwaite degrees of freedom are not public. */
    private static final class Welch extends TTest {

        double degreesOfFreedom(double variance1, double variance2, double n1, double n2) {
            return df(variance1, variance2, n1, n2);
        }
    }
}
