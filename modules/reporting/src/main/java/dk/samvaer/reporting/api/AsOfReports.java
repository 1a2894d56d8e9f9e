package dk.samvaer.reporting.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * The project-year reports as they stood at an instant, by one of two independent paths: a query over the facts the
 * reporting projections keep with the instant each was recorded (milliseconds, whatever the length of history), or a
 * replay of the events recorded up to the instant through the same projection code into an isolated database (the
 * auditors' cross-check; about a second per 25,000 events). The live read models are not touched.
 */
public interface AsOfReports {

    /** Reconstructs a year's figures; {@code asOf} null means every event recorded so far. */
    AsOfFigures projectYear(int year, @Nullable Instant asOf, Set<String> scope, AsOfMethod method);

    /** Every report rebuilt from all events in an isolated database, comparable with {@link ReportSnapshot}. */
    Map<String, Object> rebuiltSnapshot();

    /** How figures as of an instant are worked out. */
    @Schema(
            description =
                    "QUERY: read from the facts kept with the instant each was recorded (fast). REPLAY: the events"
                            + " recorded up to the instant replayed into an isolated database (the independent check; slow).")
    enum AsOfMethod {
        QUERY,
        REPLAY
    }

    /** Table 2 and Table 1 of a year as of an instant, how they were worked out, and how many events were replayed. */
    record AsOfFigures(
            @Schema(example = "2026-01-31T00:00:00Z", description = "null: every event recorded so far") @Nullable
                    Instant asOf,
            AsOfMethod method,
            @Schema(example = "1208", description = "The events replayed (REPLAY); null for QUERY, which replays none")
                    @Nullable
                    Long eventsReplayed,
            @JsonUnwrapped ProjectYearFigures figures,
            StrandsReport table1) {}
}
