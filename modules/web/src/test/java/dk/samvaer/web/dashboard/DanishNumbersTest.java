package dk.samvaer.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DanishNumbersTest {

    @Test
    void aCountHasAPointBetweenThousands() {
        assertThat(DanishNumbers.count(1234L)).isEqualTo("1.234");
    }

    @Test
    void aSuppressedCountShowsTheMark() {
        assertThat(DanishNumbers.count(null)).isEqualTo("..");
    }

    @Test
    void aShareIsAPercentageWithADecimalCommaAndANonBreakingSpace() {
        assertThat(DanishNumbers.share(new BigDecimal("0.3037"))).isEqualTo("30,4\u00a0%");
    }

    @Test
    void aMeanWithItsIntervalHasOneDecimalThroughout() {
        assertThat(DanishNumbers.interval(
                        new BigDecimal("17.6"), List.of(new BigDecimal("15.2"), new BigDecimal("20.0")), false))
                .isEqualTo("17,6 (15,2 til 20,0)");
    }

    @Test
    void aShareWithItsIntervalIsInPercent() {
        assertThat(DanishNumbers.interval(
                        new BigDecimal("0.307"), List.of(new BigDecimal("0.298"), new BigDecimal("0.316")), true))
                .isEqualTo("30,7\u00a0% (29,8\u00a0% til 31,6\u00a0%)");
    }

    @Test
    void noEstimateIsADash() {
        assertThat(DanishNumbers.interval(null, null, true)).isEqualTo("–");
    }

    @Test
    void aTinyPValueIsShownAsBelowOneInAThousand() {
        assertThat(DanishNumbers.pValue(new BigDecimal("0.0000123"))).isEqualTo("< 0,001");
        assertThat(DanishNumbers.pValue(new BigDecimal("0.436"))).isEqualTo("0,436");
    }
}
