package dk.samvaer.reporting.api;

import jakarta.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;

/**
 * The reports as the signed-in caller may see them: within their municipality scope ({@code municipalityCode} narrows
 * it, and one outside it is refused) and published with the counts of people below {@code suppressBelow} suppressed
 * (at least the configured floor for a caller who sees every municipality). The REST API and the pages both ask here,
 * so the two cannot publish different figures. A year with neither enrolments nor held activities is not found.
 */
public interface Reports {

    /** The project years with enrolments or held activities, newest first. */
    List<Integer> years();

    ProjectYearFigures projectYear(int year, @Nullable String municipalityCode, @Nullable Integer suppressBelow);

    EvaluationSummary evaluations(int year, @Nullable String municipalityCode, @Nullable Integer suppressBelow);

    StrandsReport strands(int year, @Nullable String municipalityCode, @Nullable Integer suppressBelow);

    /**
     * Test against control with 95 % confidence intervals (docs/statistics.md). Means, shares and proportions rather
     * than counts of people, so published without small-number suppression.
     */
    ComparisonReport comparison(int year, @Nullable String municipalityCode);

    /** Collaboration; follow-ups overdue on {@code asOf} (today in Denmark when null). */
    CollaborationReport collaboration(int year, @Nullable String municipalityCode, @Nullable LocalDate asOf);

    BuddyReport buddies(int year, @Nullable String municipalityCode, @Nullable Integer suppressBelow);

    SelfAssessmentReport selfAssessments(@Nullable String municipalityCode);

    EscortReport escorts(
            @Nullable String municipalityCode,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            @Nullable Integer suppressBelow);

    ReferralReport referrals(
            @Nullable String municipalityCode,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            @Nullable Integer suppressBelow);

    VisibilityReport visibility(
            @Nullable String municipalityCode,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            @Nullable Integer suppressBelow);

    /**
     * Table 2 year by year from {@code from} to {@code to} (project years; by default the first and the last year
     * with figures within the scope, at most {@value TrendReport#MAX_YEARS} years back from the last). A period that
     * ends before it starts, or spans more than {@value TrendReport#MAX_YEARS} years, is refused as invalid input.
     */
    TrendReport trends(
            @Nullable String municipalityCode,
            @Nullable Integer from,
            @Nullable Integer to,
            @Nullable Integer suppressBelow);
}
