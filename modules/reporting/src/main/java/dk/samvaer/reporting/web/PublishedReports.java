package dk.samvaer.reporting.web;

import dk.samvaer.kernel.Denmark;
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
import dk.samvaer.reporting.api.VisibilityReport;
import dk.samvaer.reporting.query.ComparisonQueries;
import dk.samvaer.reporting.query.OutreachReportQueries;
import dk.samvaer.reporting.query.ReportQueries;
import dk.samvaer.reporting.query.StrandQueries;
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

    PublishedReports(
            ReportQueries reports,
            StrandQueries strands,
            OutreachReportQueries outreach,
            ComparisonQueries comparisons,
            Publication publication) {
        this.reports = reports;
        this.strands = strands;
        this.outreach = outreach;
        this.comparisons = comparisons;
        this.publication = publication;
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

    private void requireYear(int year) {
        if (!reports.hasYear(year)) {
            throw new NotFound("No project year " + year + " and no activities held in it.");
        }
    }

    private static Set<String> scope(String municipalityCode) {
        return Caller.current().scopeFor(municipalityCode);
    }
}
