package dk.samvaer.reporting.statistics;

/** A two-sided 95 % confidence interval, {@code low <= high}. */
public record Interval(double low, double high) {

    public Interval {
        if (!(low <= high) || Double.isInfinite(low) || Double.isInfinite(high)) {
            throw new IllegalArgumentException("Not an interval: [" + low + ", " + high + "]");
        }
    }

    /** This interval with its bounds cut to {@code [min, max]} (a share cannot pass 0 or 1). */
    Interval within(double min, double max) {
        return new Interval(Math.min(Math.max(low, min), max), Math.max(Math.min(high, max), min));
    }
}
