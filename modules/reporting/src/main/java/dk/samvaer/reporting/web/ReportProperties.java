package dk.samvaer.reporting.web;

import dk.samvaer.reporting.disclosure.SmallCells;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code samvaer.reports.*}: {@code suppress-below}, the smallest threshold of small-number suppression for callers
 * who see every municipality (programme admins, auditors) rather than their own; 0, the default, sets none. Callers
 * may always ask for more with {@code suppressBelow}. See docs/privacy.md, "Small numbers".
 */
@ConfigurationProperties("samvaer.reports")
public record ReportProperties(Integer suppressBelow) {

    public ReportProperties {
        suppressBelow = suppressBelow == null ? 0 : suppressBelow;
        if (suppressBelow != 0 && (suppressBelow < SmallCells.SMALLEST_THRESHOLD || suppressBelow > Publication.MAX)) {
            throw new IllegalArgumentException("samvaer.reports.suppress-below must be 0 (none) or from "
                    + SmallCells.SMALLEST_THRESHOLD + " to " + Publication.MAX + ".");
        }
    }
}
