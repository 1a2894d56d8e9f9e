package dk.samvaer.reporting.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.Set;

/**
 * The project-year reports as they stood at an instant: rebuilt from the events recorded up to then, through the same
 * projection code as the live reports, in an isolated database. The live read models are not touched.
 */
public interface AsOfReports {

    /** Reconstructs a year's figures; {@code asOf} null means every event recorded so far. */
    AsOfFigures projectYear(int year, Instant asOf, Set<String> scope);

    /** Every report rebuilt from all events in an isolated database, comparable with {@link ReportSnapshot}. */
    java.util.Map<String, Object> rebuiltSnapshot();

    /** Table 2 and Table 1 of a year as of an instant, and how many events went into them. */
    record AsOfFigures(
            @Schema(example = "2026-01-31T00:00:00Z", description = "null: every event recorded so far") @Nullable
                    Instant asOf,
            @Schema(example = "1208") long eventsReplayed,
            @JsonUnwrapped ProjectYearFigures figures,
            StrandsReport table1) {}
}
