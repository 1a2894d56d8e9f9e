package dk.samvaer.reporting.statistics;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;

/**
 * Proportions of individual answers (would join again: yes ÷ (yes + no); heard via X: answers naming X ÷ answers):
 * the Wilson score interval, which stays inside [0, 1] and behaves with few answers or a proportion of 0 or 1; and the
 * difference of two proportions with Newcombe's hybrid score interval (his method 10), built from the two Wilson
 * intervals, and the p-value of the pooled two-proportion z test. Answers are treated as independent.
 */
public final class Proportions {

    private static final double LEVEL = 0.95;
    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);
    private static final WilsonScoreInterval WILSON = new WilsonScoreInterval();

    private Proportions() {}

    /** {@code successes / trials} with its Wilson interval. */
    public static Estimate of(long successes, long trials) {
        if (trials == 0) {
            return Estimate.none(Method.WILSON, Estimate.NO_ANSWERS);
        }
        Interval wilson = wilson(successes, trials);
        return Estimate.of((double) successes / trials, wilson, Method.WILSON);
    }

    /** The first proportion minus the second, with Newcombe's hybrid score interval and the pooled z test. */
    public static Estimate difference(long firstSuccesses, long firstTrials, long secondSuccesses, long secondTrials) {
        if (firstTrials == 0 || secondTrials == 0) {
            return Estimate.none(Method.NEWCOMBE_WILSON, "A group has no answers: nothing to compare.");
        }
        double p1 = (double) firstSuccesses / firstTrials;
        double p2 = (double) secondSuccesses / secondTrials;
        Interval w1 = wilson(firstSuccesses, firstTrials);
        Interval w2 = wilson(secondSuccesses, secondTrials);
        double difference = p1 - p2;
        Interval newcombe = new Interval(
                        difference - Math.hypot(p1 - w1.low(), w2.high() - p2),
                        difference + Math.hypot(w1.high() - p1, p2 - w2.low()))
                .within(-1, 1);
        double pooled = (double) (firstSuccesses + secondSuccesses) / (firstTrials + secondTrials);
        double standardError = Math.sqrt(pooled * (1 - pooled) * (1.0 / firstTrials + 1.0 / secondTrials));
        if (standardError == 0) {
            return new Estimate(difference, newcombe, null, Method.NEWCOMBE_WILSON, Estimate.SAME_ANSWER_IN_BOTH);
        }
        double p = 2 * NORMAL.cumulativeProbability(-Math.abs(difference / standardError));
        return new Estimate(difference, newcombe, p, Method.NEWCOMBE_WILSON, null);
    }

    private static Interval wilson(long successes, long trials) {
        ConfidenceInterval interval = WILSON.createInterval(Math.toIntExact(trials), Math.toIntExact(successes), LEVEL);
        return new Interval(interval.getLowerBound(), interval.getUpperBound()).within(0, 1);
    }
}
