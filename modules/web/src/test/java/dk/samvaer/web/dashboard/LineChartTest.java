package dk.samvaer.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LineChartTest {

    /** Years from 2020 with participants; a null is a suppressed count. */
    private static LineChart participants(Long... counts) {
        List<Integer> years =
                IntStream.range(0, counts.length).mapToObj(i -> 2020 + i).toList();
        return LineChart.counts(
                "trendParticipants",
                years,
                String::valueOf,
                List.of(new LineChart.Series<Integer, Long>("Testkommuner", 0, year -> counts[year - 2020])));
    }

    // the plot runs from x 44 to 308 and from y 154 (zero) up to 12 (the top of the scale)

    @Test
    void countsAreDrawnOnAScaleUpToARoundNumberAtOrAboveTheLargest() {
        LineChart chart = participants(0L, 40L, 75L);

        assertThat(chart.lines().get(0).points()).extracting(LineChart.Point::y).containsExactly(154.0, 97.2, 47.5);
        assertThat(chart.yTicks()).extracting(LineChart.Tick::text).containsExactly("0", "50", "100");
        assertThat(chart.yTicks()).extracting(LineChart.Tick::y).containsExactly(154.0, 83.0, 12.0);
    }

    @Test
    void theScaleIsOneTwoOrFiveTimesAPowerOfTenAndAtLeastTwo() {
        assertThat(Arrays.asList(0.0, 1.0, 3.0, 10.0, 11.0, 75.0, 101.0, 1000.0, 5001.0).stream()
                        .map(LineChart::roundUp)
                        .toList())
                .containsExactly(2L, 2L, 5L, 10L, 20L, 100L, 200L, 1000L, 10000L);
    }

    @Test
    void theYearsSpreadEvenlyFromTheLeftToTheRightOfThePlot() {
        LineChart chart = participants(10L, 20L, 30L);

        assertThat(chart.lines().get(0).points())
                .extracting(LineChart.Point::x)
                .containsExactly(LineChart.LEFT, (LineChart.LEFT + LineChart.RIGHT) / 2, LineChart.RIGHT);
        assertThat(chart.xTicks()).extracting(LineChart.Tick::text).containsExactly("2020", "2021", "2022");
    }

    @Test
    void aLoneYearIsDrawnInTheMiddleOfThePlot() {
        LineChart chart = participants(10L);

        assertThat(chart.lines().get(0).points().get(0).x()).isEqualTo((LineChart.LEFT + LineChart.RIGHT) / 2);
    }

    @Test
    void theLineIsWrittenAsPolylinePointsWithOneDecimal() {
        LineChart chart = participants(0L, 100L);

        assertThat(chart.lines().get(0).segments()).containsExactly("44.0,154.0 308.0,12.0");
    }

    @Test
    void aSuppressedCountHasNoPointAndBreaksTheLine() {
        LineChart chart = participants(10L, 20L, null, 40L, 50L);

        LineChart.Line line = chart.lines().get(0);
        assertThat(line.points()).extracting(LineChart.Point::label).containsExactly("2020", "2021", "2023", "2024");
        assertThat(line.segments()).hasSize(2);
        assertThat(line.segments().get(0).split(" ")).hasSize(2);
    }

    @Test
    void eachPointCarriesItsValueAsDanishText() {
        LineChart chart = participants(1234L);

        assertThat(chart.lines().get(0).points().get(0).text()).isEqualTo("1.234");
    }

    @Test
    void sharesAreDrawnOnAScaleFromNoneToAll() {
        LineChart chart = LineChart.shares(
                "trendNewParticipantShare",
                List.of(2020, 2021),
                String::valueOf,
                List.of(new LineChart.Series<Integer, BigDecimal>(
                        "Kontrolkommuner", 1, year -> year == 2020 ? new BigDecimal("0.25") : null)));

        LineChart.Line line = chart.lines().get(0);
        assertThat(line.colour()).isEqualTo(1);
        assertThat(line.points()).singleElement().satisfies(point -> {
            assertThat(point.y()).isEqualTo(118.5);
            assertThat(point.text()).isEqualTo("25,0\u00a0%");
        });
        assertThat(chart.yTicks())
                .extracting(LineChart.Tick::text)
                .containsExactly("0\u00a0%", "50\u00a0%", "100\u00a0%");
    }

    @Test
    void manyYearsAreLabelledEveryFewYearsCountingBackFromTheLast() {
        LineChart chart = participants(new Long[20]);

        assertThat(chart.xTicks())
                .extracting(LineChart.Tick::text)
                .containsExactly("2021", "2024", "2027", "2030", "2033", "2036", "2039");
    }
}
