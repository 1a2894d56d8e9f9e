package dk.samvaer.reporting.statistics;

/** How an estimate and its interval were worked out; {@link #label()} is the name the reports show. */
public enum Method {
    /** Mean with Student's t interval (n − 1 degrees of freedom). */
    T("t"),
    /** Difference of two means with Welch's t interval (Welch–Satterthwaite degrees of freedom) and test. */
    WELCH_T("welch-t"),
    /** Ratio of sums over activities, variance by the delta method (linearisation), normal interval and test. */
    DELTA_METHOD_RATIO("delta-method-ratio"),
    /** Proportion with the Wilson score interval. */
    WILSON("wilson"),
    /** Difference of two proportions with Newcombe's hybrid score interval; two-proportion z test. */
    NEWCOMBE_WILSON("newcombe-wilson");

    private final String label;

    Method(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
