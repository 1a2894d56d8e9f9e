package dk.samvaer.reporting.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dk.samvaer.programme.api.Arm;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import java.util.List;
import java.util.Map;

/**
 * Table 2 year by year, for line charts of the years: for each project year from {@code from} to {@code to} (every
 * year, a year without held activities with zeros) the figures in total and per arm, as in that year's
 * {@link ProjectYearFigures}. An activity counts in the year of its held-on date, and a municipality in the arm it was
 * enrolled in that year; the total also counts municipalities not enrolled that year, so the arms add up to at most
 * the total.
 */
public record TrendReport(
        @Schema(
                        example = "2023",
                        description = "The first year shown: as asked, or by default the first year with figures"
                                + " within the scope but at most " + TrendReport.MAX_YEARS + " years before 'to'; null"
                                + " when there are none")
                @Nullable
                Integer from,
        @Schema(
                        example = "2025",
                        description = "The last year shown: as asked, or by default the last year with figures within"
                                + " the scope; null when there are none")
                @Nullable
                Integer to,
        @Schema(
                        example = "621",
                        description = "The municipality asked for; null for every municipality the caller sees")
                @Nullable
                String municipalityCode,
        @ArraySchema(arraySchema = @Schema(description = "One entry per year from 'from' to 'to', oldest first"))
                List<Year> years,
        @JsonUnwrapped Suppression suppression)
        implements Publishable {

    /** The most years one answer spans: a longer period is refused, and by default the last this many years. */
    public static final int MAX_YEARS = 50;

    public TrendReport {
        years = List.copyOf(years);
    }

    /**
     * One project year: its figures in total (unwrapped), and in {@code byArm} those of the municipalities enrolled in
     * each arm that year (every arm is present).
     */
    @Schema(
            name = "TrendYear",
            description = "One project year: its figures in total, and in byArm those of the municipalities enrolled"
                    + " in each arm that year (every arm is present, with zeros where it held nothing)")
    public record Year(@Schema(example = "2025") int year, @JsonUnwrapped Figures totals, Map<Arm, Figures> byArm) {}
}
