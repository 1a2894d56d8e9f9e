package dk.samvaer.reporting.web;

import dk.samvaer.kernel.security.Caller;
import dk.samvaer.reporting.api.Publishable;
import dk.samvaer.reporting.disclosure.SmallCells;
import jakarta.annotation.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Publishes a report to its caller: with counts of people below the threshold the caller asked for suppressed, and
 * for a caller who sees every municipality at least below the configured {@code samvaer.reports.suppress-below}.
 */
@Component
@EnableConfigurationProperties(ReportProperties.class)
class Publication {

    /** The largest threshold a caller may ask for. */
    static final int MAX = 100;

    private final ReportProperties properties;

    Publication(ReportProperties properties) {
        this.properties = properties;
    }

    <T extends Record & Publishable> T publish(T report, @Nullable Integer suppressBelow) {
        return SmallCells.suppress(report, threshold(suppressBelow, Caller.current()));
    }

    int threshold(@Nullable Integer requested, Caller caller) {
        int floor = caller.allMunicipalities() ? properties.suppressBelow() : 0;
        return Math.max(requested == null ? 0 : requested, floor);
    }
}
