package dk.samvaer.reporting.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Expected values from statsmodels 0.15.0 and SciPy 1.17.1, not from this code. The delta method's variance of
 * {@code Σy/Σx} over clusters equals the HC1 (n/(n−1)) sandwich variance of a weighted mean of {@code y/x} with weights
 * {@code x}, so: {@code m = sm.WLS(y/x, np.ones(n), weights=x).fit(cov_type='HC1')}, estimate {@code m.params[0]},
 * standard error {@code m.bse[0]}, interval {@code ± stats.norm.ppf(0.975) · se}; checked by hand against
 * {@code sqrt(n/(n−1) · Σ(y − R·x)² / (Σx)²)}.
 */
class RatiosTest {

    private static final double ACCURACY = 1e-12;

    /** Participants and new participants of five activities, and of four. */
    private static final double[] PARTICIPANTS_1 = {20, 10, 15, 8, 12};

    private static final double[] NEW_1 = {6, 4, 3, 2, 5};
    private static final double[] PARTICIPANTS_2 = {12, 8, 10, 9};
    private static final double[] NEW_2 = {3, 2, 1, 2};

    @Test
    void aShareOfSumsHasTheDeltaMethodsNormalInterval() {
        // R = 20/65; m.bse[0] = 0.04000105036959899
        Estimate share = Ratios.of(NEW_1, PARTICIPANTS_1);

        assertThat(share.value()).isCloseTo(0.30769230769230765, within(ACCURACY));
        assertThat(share.ci95().low()).isCloseTo(0.22929168962412103, within(ACCURACY));
        assertThat(share.ci95().high()).isCloseTo(0.38609292576049425, within(ACCURACY));
        assertThat(share.method()).isEqualTo(Method.DELTA_METHOD_RATIO);
    }

    @Test
    void theDifferenceOfSharesAddsTheVariancesAndTestsAgainstTheNormal() {
        // d = R1 − R2, se = sqrt(0.04000105036959899² + 0.0368335335071742²),
        // d ± stats.norm.ppf(0.975)·se, p = 2·stats.norm.sf(|d/se|)
        Estimate difference = Ratios.difference(NEW_1, PARTICIPANTS_1, NEW_2, PARTICIPANTS_2);

        assertThat(difference.value()).isCloseTo(0.10256410256410253, within(ACCURACY));
        assertThat(difference.ci95().low()).isCloseTo(-0.004011689250518785, within(ACCURACY));
        assertThat(difference.ci95().high()).isCloseTo(0.20913989437872385, within(ACCURACY));
        assertThat(difference.pValue()).isCloseTo(0.05926966606898009, within(ACCURACY));
    }

    @Test
    void anIntervalThatWouldPassZeroIsCutAtZero() {
        // R = 0.1, se = 0.1: stats.norm.ppf(0.975) gives [−0.09599639845400544, 0.2959963984540055], cut at 0
        Estimate share = Ratios.of(new double[] {0, 2}, new double[] {10, 10});

        assertThat(share.value()).isCloseTo(0.1, within(ACCURACY));
        assertThat(share.ci95().low()).isEqualTo(0.0);
        assertThat(share.ci95().high()).isCloseTo(0.2959963984540055, within(ACCURACY));
    }

    @Test
    void noParticipantsLeaveTheShareUndefined() {
        Estimate share = Ratios.of(new double[] {0, 0}, new double[] {0, 0});

        assertThat(share.value()).isNull();
        assertThat(share.reason()).isEqualTo(Estimate.NO_PARTICIPANTS);
    }

    @Test
    void oneActivityIsTooFewForAShareInterval() {
        Estimate share = Ratios.of(new double[] {3}, new double[] {10});

        assertThat(share.value()).isNull();
        assertThat(share.reason()).isEqualTo(Estimate.FEWER_THAN_TWO_ACTIVITIES);
    }

    @Test
    void aGroupWithoutParticipantsCannotBeCompared() {
        Estimate difference = Ratios.difference(NEW_1, PARTICIPANTS_1, new double[] {0, 0}, new double[] {0, 0});

        assertThat(difference.value()).isNull();
        assertThat(difference.pValue()).isNull();
        assertThat(difference.reason()).contains(Estimate.NO_PARTICIPANTS);
    }

    @Test
    void activitiesWithTheSameShareGiveAnIntervalWithoutWidth() {
        // by hand: R = 6/30 = 0.2, residuals 2 − 0.2·10 = 0 and 4 − 0.2·20 = 0
        Estimate share = Ratios.of(new double[] {2, 4}, new double[] {10, 20});

        assertThat(share.value()).isCloseTo(0.2, within(ACCURACY));
        assertThat(share.ci95().low()).isEqualTo(share.ci95().high());
        assertThat(share.reason()).isEqualTo(Estimate.NO_VARIATION);
    }

    @Test
    void noVariationInEitherGroupGivesTheDifferenceWithoutAPValue() {
        // by hand: 0.2 − 0.5 with standard error 0
        Estimate difference = Ratios.difference(
                new double[] {2, 4}, new double[] {10, 20}, new double[] {5, 5}, new double[] {10, 10});

        assertThat(difference.value()).isCloseTo(-0.3, within(ACCURACY));
        assertThat(difference.pValue()).isNull();
        assertThat(difference.reason()).isEqualTo(Estimate.NO_VARIATION_IN_EITHER);
    }
}
