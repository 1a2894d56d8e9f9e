package dk.samvaer.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.samvaer.kernel.InvalidInput;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** How {@link PublishedReports#period} fills in the ends of a trend's period that the caller left open. */
class TrendPeriodTest {

    private static final List<Integer> WITH_FIGURES = List.of(2021, 2023, 2025);

    @Test
    void withoutEndsTheTrendRunsFromTheFirstToTheLastYearWithFigures() {
        assertThat(PublishedReports.period(null, null, WITH_FIGURES)).containsExactly(2021, 2025);
    }

    @Test
    void endsGivenAreKeptEvenBeyondTheYearsWithFigures() {
        assertThat(PublishedReports.period(2010, 2030, WITH_FIGURES)).containsExactly(2010, 2030);
    }

    @Test
    void anOpenEndIsFilledWithoutPassingTheGivenOne() {
        assertThat(PublishedReports.period(2024, null, WITH_FIGURES)).containsExactly(2024, 2025);
        assertThat(PublishedReports.period(2028, null, WITH_FIGURES)).containsExactly(2028, 2028);
        assertThat(PublishedReports.period(null, 2022, WITH_FIGURES)).containsExactly(2021, 2022);
        assertThat(PublishedReports.period(null, 2019, WITH_FIGURES)).containsExactly(2019, 2019);
    }

    @Test
    void byDefaultTheTrendCoversAtMostTheLastFiftyYears() {
        List<Integer> century = IntStream.rangeClosed(2000, 2100).boxed().toList();

        assertThat(PublishedReports.period(null, null, century)).containsExactly(2051, 2100);
        assertThat(PublishedReports.period(null, 2060, century)).containsExactly(2011, 2060);
    }

    @Test
    void withoutYearsWithFiguresAndWithoutEndsThereIsNoPeriod() {
        assertThat(PublishedReports.period(null, null, List.of())).isNull();
        assertThat(PublishedReports.period(2024, null, List.of())).containsExactly(2024, 2024);
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> PublishedReports.period(2025, 2024, WITH_FIGURES))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.field()).isEqualTo("to"));
    }

    @Test
    void aPeriodOfMoreThanFiftyYearsIsRefused() {
        assertThat(PublishedReports.period(2001, 2050, WITH_FIGURES)).containsExactly(2001, 2050);
        assertThatThrownBy(() -> PublishedReports.period(2000, 2050, WITH_FIGURES))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.rule()).isEqualTo("trend-period-too-long"));
        assertThatThrownBy(() -> PublishedReports.period(2000, null, List.of(2060)))
                .isInstanceOf(InvalidInput.class);
    }
}
