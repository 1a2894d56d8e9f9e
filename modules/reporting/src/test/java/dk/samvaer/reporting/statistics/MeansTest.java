package dk.samvaer.reporting.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The expected values were computed with SciPy 1.17.1, not with this code: each test names the call. Commons Math finds
 * t quantiles by a solver accurate to about 1e-9, so t-based values are compared to 1e-7.
 */
class MeansTest {

    private static final double T_ACCURACY = 1e-7;

    private static final double[] TEST = {12, 15, 9, 20, 14};
    private static final double[] CONTROL = {8, 11, 10, 7};

    @Test
    void theMeanHasStudentsTIntervalOnNMinusOneDegreesOfFreedom() {
        // stats.t.interval(0.95, 4, loc=np.mean(TEST), scale=stats.sem(TEST))
        Estimate mean = Means.of(TEST);

        assertThat(mean.value()).isEqualTo(14.0);
        assertThat(mean.ci95().low()).isCloseTo(8.956336996469393, within(T_ACCURACY));
        assertThat(mean.ci95().high()).isCloseTo(19.043663003530607, within(T_ACCURACY));
        assertThat(mean.method()).isEqualTo(Method.T);
        assertThat(mean.reason()).isNull();
    }

    @Test
    void theDifferenceOfMeansHasWelchsIntervalAndTwoSidedPValue() {
        // r = stats.ttest_ind(TEST, CONTROL, equal_var=False); r.confidence_interval(0.95), r.pvalue (df 5.7835)
        Estimate difference = Means.difference(TEST, CONTROL);

        assertThat(difference.value()).isEqualTo(5.0);
        assertThat(difference.ci95().low()).isCloseTo(-0.020203758011247963, within(T_ACCURACY));
        assertThat(difference.ci95().high()).isCloseTo(10.020203758011249, within(T_ACCURACY));
        assertThat(difference.pValue()).isCloseTo(0.050665471119233606, within(T_ACCURACY));
        assertThat(difference.method()).isEqualTo(Method.WELCH_T);
    }

    @Test
    void aGroupWithoutVariationStillHasAWelchIntervalFromTheOtherGroup() {
        // r = stats.ttest_ind([10, 10, 10], CONTROL, equal_var=False): df 3, r.confidence_interval(0.95), r.pvalue
        Estimate difference = Means.difference(new double[] {10, 10, 10}, CONTROL);

        assertThat(difference.value()).isEqualTo(1.0);
        assertThat(difference.ci95().low()).isCloseTo(-1.905162715754765, within(T_ACCURACY));
        assertThat(difference.ci95().high()).isCloseTo(3.905162715754765, within(T_ACCURACY));
        assertThat(difference.pValue()).isCloseTo(0.35338746628869777, within(T_ACCURACY));
    }

    @Test
    void oneActivityIsTooFewForAMeanAndSaysSo() {
        Estimate mean = Means.of(new double[] {17});

        assertThat(mean.value()).isNull();
        assertThat(mean.ci95()).isNull();
        assertThat(mean.reason()).isEqualTo(Estimate.FEWER_THAN_TWO_ACTIVITIES);
    }

    @Test
    void noActivitiesAreTooFewForAMean() {
        assertThat(Means.of(new double[0]).estimable()).isFalse();
    }

    @Test
    void oneActivityInAGroupIsTooFewToCompare() {
        Estimate difference = Means.difference(TEST, new double[] {9});

        assertThat(difference.value()).isNull();
        assertThat(difference.pValue()).isNull();
        assertThat(difference.reason()).isNotBlank();
    }

    @Test
    void activitiesWithTheSameValueGiveAnIntervalWithoutWidth() {
        // by hand: mean 10, standard deviation 0, so mean ± t · 0
        Estimate mean = Means.of(new double[] {10, 10, 10});

        assertThat(mean.value()).isEqualTo(10.0);
        assertThat(mean.ci95()).isEqualTo(new Interval(10, 10));
        assertThat(mean.reason()).isEqualTo(Estimate.NO_VARIATION);
    }

    @Test
    void noVariationInEitherGroupGivesTheDifferenceWithoutAPValue() {
        // by hand: 10 − 7 with standard error 0; Welch's degrees of freedom are 0/0 and t is infinite
        Estimate difference = Means.difference(new double[] {10, 10}, new double[] {7, 7});

        assertThat(difference.value()).isEqualTo(3.0);
        assertThat(difference.ci95()).isEqualTo(new Interval(3, 3));
        assertThat(difference.pValue()).isNull();
        assertThat(difference.reason()).isEqualTo(Estimate.NO_VARIATION_IN_EITHER);
    }
}
