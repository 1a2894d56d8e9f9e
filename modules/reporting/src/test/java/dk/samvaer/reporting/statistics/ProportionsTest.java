package dk.samvaer.reporting.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Expected values from SciPy 1.17.1 ({@code stats.binomtest(k, n).proportion_ci(0.95, method='wilson')}) and
 * statsmodels 0.15.0 ({@code confint_proportions_2indep(k1, n1, k2, n2, method='newcomb', compare='diff')} and the
 * pooled {@code proportions_ztest([k1, k2], [n1, n2])}), not from this code.
 */
class ProportionsTest {

    private static final double ACCURACY = 1e-12;

    @Test
    void aProportionHasTheWilsonScoreInterval() {
        // stats.binomtest(45, 50).proportion_ci(0.95, method='wilson')
        Estimate rate = Proportions.of(45, 50);

        assertThat(rate.value()).isEqualTo(0.9);
        assertThat(rate.ci95().low()).isCloseTo(0.7863976856252034, within(ACCURACY));
        assertThat(rate.ci95().high()).isCloseTo(0.9565242350681095, within(ACCURACY));
        assertThat(rate.method()).isEqualTo(Method.WILSON);
    }

    @Test
    void everyAnswerYesStillHasAnIntervalBelowOne() {
        // stats.binomtest(12, 12).proportion_ci(0.95, method='wilson')
        Estimate rate = Proportions.of(12, 12);

        assertThat(rate.value()).isEqualTo(1.0);
        assertThat(rate.ci95().low()).isCloseTo(0.7575059933447592, within(ACCURACY));
        assertThat(rate.ci95().high()).isEqualTo(1.0);
    }

    @Test
    void noAnswerYesStillHasAnIntervalAboveZero() {
        // stats.binomtest(0, 10).proportion_ci(0.95, method='wilson')
        Estimate rate = Proportions.of(0, 10);

        assertThat(rate.value()).isEqualTo(0.0);
        assertThat(rate.ci95().low()).isCloseTo(0.0, within(ACCURACY));
        assertThat(rate.ci95().high()).isCloseTo(0.27753279986288926, within(ACCURACY));
    }

    @Test
    void noAnswersLeaveTheProportionUndefined() {
        Estimate rate = Proportions.of(0, 0);

        assertThat(rate.value()).isNull();
        assertThat(rate.reason()).isEqualTo(Estimate.NO_ANSWERS);
    }

    @Test
    void theDifferenceOfProportionsHasNewcombesIntervalAndTheZTestsPValue() {
        // confint_proportions_2indep(45, 50, 30, 40, method='newcomb', compare='diff');
        // proportions_ztest([45, 30], [50, 40]) gives z 1.8973665961010282
        Estimate difference = Proportions.difference(45, 50, 30, 40);

        assertThat(difference.value()).isCloseTo(0.15, within(ACCURACY));
        assertThat(difference.ci95().low()).isCloseTo(-0.006835347303495304, within(ACCURACY));
        assertThat(difference.ci95().high()).isCloseTo(0.31211303314543726, within(ACCURACY));
        assertThat(difference.pValue()).isCloseTo(0.057779571123597155, within(ACCURACY));
        assertThat(difference.method()).isEqualTo(Method.NEWCOMBE_WILSON);
    }

    @Test
    void everyAnswerYesInOneGroupIsComparedLikeAnyOther() {
        // confint_proportions_2indep(12, 12, 6, 8, method='newcomb', compare='diff'); proportions_ztest([12, 6], [12,
        // 8])
        Estimate difference = Proportions.difference(12, 12, 6, 8);

        assertThat(difference.value()).isCloseTo(0.25, within(ACCURACY));
        assertThat(difference.ci95().low()).isCloseTo(-0.05111960205758581, within(ACCURACY));
        assertThat(difference.ci95().high()).isCloseTo(0.5907245696898311, within(ACCURACY));
        assertThat(difference.pValue()).isCloseTo(0.06788915486182899, within(ACCURACY));
    }

    @Test
    void everyAnswerYesInBothGroupsHasAnIntervalButNoPValue() {
        // confint_proportions_2indep(12, 12, 8, 8, method='newcomb', compare='diff'); the pooled z test divides 0 by 0
        Estimate difference = Proportions.difference(12, 12, 8, 8);

        assertThat(difference.value()).isEqualTo(0.0);
        assertThat(difference.ci95().low()).isCloseTo(-0.24249400665524112, within(ACCURACY));
        assertThat(difference.ci95().high()).isCloseTo(0.32440756488388023, within(ACCURACY));
        assertThat(difference.pValue()).isNull();
        assertThat(difference.reason()).isEqualTo(Estimate.SAME_ANSWER_IN_BOTH);
    }

    @Test
    void aGroupWithoutAnswersCannotBeCompared() {
        Estimate difference = Proportions.difference(12, 12, 0, 0);

        assertThat(difference.value()).isNull();
        assertThat(difference.ci95()).isNull();
        assertThat(difference.reason()).isNotBlank();
    }
}
