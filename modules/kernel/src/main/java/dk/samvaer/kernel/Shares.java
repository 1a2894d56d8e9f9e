package dk.samvaer.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Ratios as reports show them: four decimals, half-up, and {@code null} where the denominator is zero. */
public final class Shares {

    private Shares() {}

    public static BigDecimal of(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
