package dk.samvaer.reporting.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dk.samvaer.programme.api.Arm;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Test against control in a project year: per arm and per municipality the activities held, the means per activity,
 * the shares and the evaluation proportions, each with a 95 % confidence interval, and the difference test − control
 * with its interval and p-value. Held activities count in the year of their held-on date, in the arm their
 * municipality is enrolled in that year. Methods and how to read them: docs/statistics.md. These are means, shares and
 * proportions, not counts of people, so the report is published without small-number suppression.
 */
public record ComparisonReport(
        @Schema(example = "2025") int year,
        ComparisonArms arms,
        ComparisonDifference difference,
        List<MunicipalityComparison> byMunicipality) {

    /** The figures of each arm. */
    @Schema(description = "The figures of each arm: the held activities of its municipalities and their evaluations")
    public record ComparisonArms(
            @JsonProperty("TEST") ComparisonFigures test, @JsonProperty("CONTROL") ComparisonFigures control) {

        public ComparisonFigures of(Arm arm) {
            return arm == Arm.TEST ? test : control;
        }
    }

    /** A group's figures (an arm's, or a municipality's): the units are its held activities and their evaluations. */
    @Schema(
            description = "A group's figures (an arm's or a municipality's), each with its 95 % confidence interval."
                    + " participantsPerActivity, newParticipantsPerActivity, formerlyHomelessPerActivity: means of the"
                    + " activities' logbook counts, Student's t interval (method t). newShare, formerlyHomelessShare:"
                    + " Σ new (formerly homeless) ÷ Σ participants over the activities, delta-method interval clustered"
                    + " by activity (method delta-method-ratio). wouldJoinAgainRate: yes ÷ (yes + no) over the"
                    + " evaluation answers; heardVia: per answer (CENTRE, FRIEND, SOCIAL_MEDIA, SUPPORT_WORKER, OTHER)"
                    + " the evaluations naming it ÷ all evaluations; both Wilson intervals (method wilson).")
    public record ComparisonFigures(
            @Schema(example = "24", description = "Held activities in the group") long activities,
            IntervalEstimate participantsPerActivity,
            IntervalEstimate newParticipantsPerActivity,
            IntervalEstimate formerlyHomelessPerActivity,
            IntervalEstimate newShare,
            IntervalEstimate formerlyHomelessShare,
            IntervalEstimate wouldJoinAgainRate,
            Map<String, IntervalEstimate> heardVia) {}

    /** test − control for each figure of {@link ComparisonFigures}. */
    @Schema(
            description = "test − control for each figure, with its 95 % confidence interval and two-sided p-value."
                    + " Means per activity: Welch's t interval and test (method welch-t). Shares: the two"
                    + " delta-method variances added, normal interval and z test (method delta-method-ratio)."
                    + " wouldJoinAgainRate and each heardVia answer: Newcombe's hybrid score interval from the two"
                    + " Wilson intervals, pooled two-proportion z test (method newcombe-wilson).")
    public record ComparisonDifference(
            DifferenceEstimate participantsPerActivity,
            DifferenceEstimate newParticipantsPerActivity,
            DifferenceEstimate formerlyHomelessPerActivity,
            DifferenceEstimate newShare,
            DifferenceEstimate formerlyHomelessShare,
            DifferenceEstimate wouldJoinAgainRate,
            Map<String, DifferenceEstimate> heardVia) {}

    /** One municipality's figures. */
    @Schema(
            description = "A municipality in scope with its arm (null: not enrolled in the year, and so in neither"
                    + " arm's figures) and its figures")
    public record MunicipalityComparison(
            @Schema(example = "621") String municipalityCode,
            @Schema(example = "Kolding") String municipalityName,
            @Schema(example = "TEST", description = "null: not enrolled in the year, so in neither arm's figures")
                    @Nullable
                    Arm arm,
            @JsonUnwrapped ComparisonFigures figures) {}

    /** An estimate of one group with its 95 % confidence interval, or null and the reason. */
    @Schema(
            description = "An estimate of one group with its 95 % confidence interval; null with a reason when the"
                    + " group is too small to estimate")
    public record IntervalEstimate(
            @Schema(example = "14.0", description = "4 decimals; null when the group is too small to estimate")
                    @Nullable
                    BigDecimal estimate,
            @ArraySchema(
                            minItems = 2,
                            maxItems = 2,
                            arraySchema =
                                    @Schema(
                                            example = "[8.9563, 19.0437]",
                                            description = "[low, high] of the 95 % confidence interval, 4 decimals;"
                                                    + " null with estimate"))
                    @Nullable
                    List<BigDecimal> ci95,
            @Schema(
                            example = "t",
                            allowableValues = {"t", "delta-method-ratio", "wilson"})
                    String method,
            @Schema(
                            example = "Fewer than two activities held: too few to estimate.",
                            description = "Why estimate is null, or what makes the interval degenerate (no width);"
                                    + " null otherwise")
                    @Nullable
                    String reason) {}

    /** test − control with its 95 % confidence interval and the two-sided p-value of "no difference". */
    @Schema(
            description = "test − control with its 95 % confidence interval and the two-sided p-value of no"
                    + " difference; null with a reason when an arm cannot be estimated")
    public record DifferenceEstimate(
            @Schema(example = "5.0", description = "test − control, 4 decimals; null when an arm cannot be estimated")
                    @Nullable
                    BigDecimal estimate,
            @ArraySchema(
                            minItems = 2,
                            maxItems = 2,
                            arraySchema =
                                    @Schema(
                                            example = "[-0.0202, 10.0202]",
                                            description = "[low, high] of the 95 % confidence interval, 4 decimals;"
                                                    + " null with estimate"))
                    @Nullable
                    List<BigDecimal> ci95,
            @JsonProperty("pValue")
                    @Schema(
                            example = "0.05067",
                            description = "Two-sided p-value of no difference, 4 significant digits; null with"
                                    + " estimate, or when neither arm varies")
                    @Nullable
                    BigDecimal pValue,
            @Schema(
                            example = "welch-t",
                            allowableValues = {"welch-t", "delta-method-ratio", "newcombe-wilson"})
                    String method,
            @Schema(
                            example = "No comparison without an estimate for the CONTROL arm. Fewer than two"
                                    + " activities held: too few to estimate.",
                            description = "Why estimate or pValue is null, or the interval has no width")
                    @Nullable
                    String reason) {}
}
