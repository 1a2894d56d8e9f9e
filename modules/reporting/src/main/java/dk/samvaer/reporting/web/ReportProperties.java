package dk.samvaer.reporting.web;

import dk.samvaer.reporting.disclosure.SmallCells;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code samvaer.reports.*}. See docs/privacy.md, "Small numbers".
 *
 * @param suppressBelow the smallest small-number threshold for callers who see every municipality (programme admins,
 *     auditors) rather than their own; 0 sets none. Callers may always ask for more with suppressBelow
 */
@ConfigurationProperties("samvaer.reports")
public record ReportProperties(@DefaultValue("0") int suppressBelow) {

    public ReportProperties {
        if (suppressBelow != 0 && (suppressBelow < SmallCells.SMALLEST_THRESHOLD || suppressBelow > Publication.MAX)) {
            throw new IllegalArgumentException("samvaer.reports.suppress-below must be 0 (none) or from "
                    + SmallCells.SMALLEST_THRESHOLD + " to " + Publication.MAX + ".");
        }
    }
}
