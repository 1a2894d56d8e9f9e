package dk.samvaer.reporting.web;

import dk.samvaer.kernel.Denmark;
import dk.samvaer.kernel.InvalidInput;
import dk.samvaer.kernel.NotFound;
import dk.samvaer.kernel.security.Caller;
import dk.samvaer.reporting.api.BuddyReport;
import dk.samvaer.reporting.api.CollaborationReport;
import dk.samvaer.reporting.api.ComparisonReport;
import dk.samvaer.reporting.api.EscortReport;
import dk.samvaer.reporting.api.EvaluationSummary;
import dk.samvaer.reporting.api.ProjectYearFigures;
import dk.samvaer.reporting.api.ReferralReport;
import dk.samvaer.reporting.api.Reports;
import dk.samvaer.reporting.api.SelfAssessmentReport;
import dk.samvaer.reporting.api.StrandsReport;
import dk.samvaer.reporting.api.Suppression;
import dk.samvaer.reporting.api.TrendReport;
import dk.samvaer.reporting.api.VisibilityReport;
import dk.samvaer.reporting.query.ComparisonQueries;
import dk.samvaer.reporting.query.OutreachReportQueries;
import dk.samvaer.reporting.query.ReportQueries;
import dk.samvaer.reporting.query.StrandQueries;
import dk.samvaer.reporting.query.TrendQueries;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The reports for {@link Caller#current()}: scoped by the caller and published by {@link Publication}. */
@Component
class PublishedReports implements Reports {

    private final ReportQueries reports;
    private final StrandQueries strands;
    private final OutreachReportQueries outreach;
    private final ComparisonQueries comparisons;
    private final Publication publication;
    private final TrendQueries trends;

    PublishedReports(
            ReportQueries reports,
            StrandQueries strands,
            OutreachReportQueries outreach,
            ComparisonQueries comparisons,
            Publication publication,
            TrendQueries trends) {
        this.reports = reports;
        this.strands = strands;
        this.outreach = outreach;
        this.comparisons = comparisons;
        this.publication = publication;
        this.trends = trends;
    }

    @Override
    public List<Integer> years() {
        return reports.years();
    }

    @Override
    public ProjectYearFigures projectYear(int year, String municipalityCode, Integer suppressBelow) {
        requireYear(year);
        return publication.publish(reports.projectYear(year, scope(municipalityCode)), suppressBelow);
    }

    @Override
    public EvaluationSummary evaluations(int year, String municipalityCode, Integer suppressBelow) {
        requireYear(year);
        return publication.publish(reports.evaluations(year, scope(municipalityCode)), suppressBelow);
    }

    @Override
    public StrandsReport strands(int year, String municipalityCode, Integer suppressBelow) {
        requireYear(year);
        return publication.publish(strands.strands(year, scope(municipalityCode)), suppressBelow);
    }

    /** Not published through {@link Publication}: the comparison holds no counts of people to suppress. */
    @Override
    public ComparisonReport comparison(int year, String municipalityCode) {
        requireYear(year);
        return comparisons.comparison(year, scope(municipalityCode));
    }

    @Override
    public CollaborationReport collaboration(int year, String municipalityCode, LocalDate asOf) {
        requireYear(year);
        return strands.collaboration(year, scope(municipalityCode), asOf == null ? LocalDate.now(Denmark.ZONE) : asOf);
    }

    @Override
    public BuddyReport buddies(int year, String municipalityCode, Integer suppressBelow) {
        requireYear(year);
        return publication.publish(strands.buddies(year, scope(municipalityCode)), suppressBelow);
    }

    @Override
    public SelfAssessmentReport selfAssessments(String municipalityCode) {
        return strands.selfAssessments(scope(municipalityCode));
    }

    @Override
    public EscortReport escorts(String municipalityCode, LocalDate from, LocalDate to, Integer suppressBelow) {
        return publication.publish(outreach.escorts(scope(municipalityCode), from, to), suppressBelow);
    }

    @Override
    public ReferralReport referrals(String municipalityCode, LocalDate from, LocalDate to, Integer suppressBelow) {
        return publication.publish(outreach.referrals(scope(municipalityCode), from, to), suppressBelow);
    }

    @Override
    public VisibilityReport visibility(String municipalityCode, LocalDate from, LocalDate to, Integer suppressBelow) {
        return publication.publish(outreach.visibility(scope(municipalityCode), from, to), suppressBelow);
    }

    @Override
    public TrendReport trends(String municipalityCode, Integer from, Integer to, Integer suppressBelow) {
        Set<String> scope = scope(municipalityCode);
        int[] period = period(from, to, trends.yearsWithFigures(scope));
        TrendReport report = period == null
                ? new TrendReport(null, null, municipalityCode, List.of(), Suppression.NONE)
                : trends.trends(period[0], period[1], municipalityCode, scope);
        return publication.publish(report, suppressBelow);
    }

    /**
     * The years from and to, both inclusive, with an end not given filled in from the years with figures (oldest
     * first): the last such year but not before {@code from}, and the first but not after {@code to} nor more than
     * {@value TrendReport#MAX_YEARS} years before it; null when neither is given and there are no such years.
     */
    static int[] period(Integer from, Integer to, List<Integer> years) {
        if (from != null && to != null && from > to) {
            throw new InvalidInput("trend-period-reversed", "to", "to (" + to + ") is before from (" + from + ").");
        }
        Integer last = to;
        if (last == null && !years.isEmpty()) {
            int latest = years.get(years.size() - 1);
            last = from == null ? latest : Math.max(from, latest);
        } else if (last == null) {
            last = from;
        }
        if (last == null) {
            return null;
        }
        int first = from != null
                ? from
                : Math.max(years.isEmpty() ? last : Math.min(years.get(0), last), last - TrendReport.MAX_YEARS + 1);
        if (last - first + 1 > TrendReport.MAX_YEARS) {
            throw new InvalidInput(
                    "trend-period-too-long",
                    "from",
                    "A trend spans at most " + TrendReport.MAX_YEARS + " years; " + first + " to " + last + " is "
                            + (last - first + 1) + ".");
        }
        return new int[] {first, last};
    }

    private void requireYear(int year) {
        if (!reports.hasYear(year)) {
            throw new NotFound("No project year " + year + " and no activities held in it.");
        }
    }

    private static Set<String> scope(String municipalityCode) {
        return Caller.current().scopeFor(municipalityCode);
    }
}
