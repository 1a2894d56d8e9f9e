package dk.samvaer.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

public class BoundsTest {

    /** Today for every rule about the future in the fixtures: 26 November 2026, Copenhagen. */
    public static final Clock TODAY =
            Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneId.of("Europe/Copenhagen"));

    @Test
    void acceptsACountUpToTenThousand() {
        assertThat(Bounds.count("participants", 10_000)).isEqualTo(10_000);
    }

    @Test
    void refusesACountAboveTenThousand() {
        assertThatThrownBy(() -> Bounds.count("participants", 10_001)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void refusesAnAmountWithFractionsOfAnOere() {
        assertThatThrownBy(() -> Bounds.amount("cost", new BigDecimal("0.001"))).isInstanceOf(InvalidInput.class);
    }

    @Test
    void acceptsAnAmountWhoseTrailingZerosGoBeyondTwoDecimals() {
        assertThat(Bounds.amount("cost", new BigDecimal("25.5000"))).isEqualByComparingTo("25.50");
    }

    @Test
    void refusesAnAmountAboveOneHundredThousand() {
        assertThatThrownBy(() -> Bounds.amount("cost", new BigDecimal("1e20"))).isInstanceOf(InvalidInput.class);
    }

    @Test
    void acceptsSomethingThatHappenedToday() {
        assertThat(Bounds.happened("heldOn", LocalDate.of(2026, 11, 26), TODAY)).isEqualTo("2026-11-26");
    }

    @Test
    void refusesSomethingThatHappensTomorrow() {
        assertThatThrownBy(() -> Bounds.happened("heldOn", LocalDate.of(2026, 11, 27), TODAY))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("heldOn cannot be in the future.");
    }

    @Test
    void refusesADateBeforeTheProgrammesYears() {
        assertThatThrownBy(() -> Bounds.date("scheduledFor", LocalDate.of(1999, 12, 31)))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void refusesADateAfterTheProgrammesYears() {
        assertThatThrownBy(() -> Bounds.date("scheduledFor", LocalDate.of(2101, 1, 1)))
                .isInstanceOf(InvalidInput.class);
    }
}
