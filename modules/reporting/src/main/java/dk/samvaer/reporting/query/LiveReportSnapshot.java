package dk.samvaer.reporting.query;

import dk.samvaer.programme.api.Municipalities;
import dk.samvaer.reporting.api.ReportSnapshot;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * All reports of every year with enrolments or held activities, plus the outreach reports over all time, read from the
 * given reporting tables: the live ones, or a replica rebuilt from the events.
 */
@Component
class LiveReportSnapshot implements ReportSnapshot {

    private final JdbcClient jdbc;
    private final ReportQueries reports;
    private final StrandQueries strands;
    private final OutreachReportQueries outreach;
    private final ComparisonQueries comparisons;

    LiveReportSnapshot(JdbcClient jdbc, Municipalities municipalities) {
        this.jdbc = jdbc;
        this.reports = new ReportQueries(jdbc, municipalities);
        this.strands = new StrandQueries(jdbc, municipalities);
        this.outreach = new OutreachReportQueries(jdbc, municipalities);
        this.comparisons = new ComparisonQueries(jdbc, municipalities);
    }

    @Override
    public Map<String, Object> snapshot() {
        List<Integer> years = jdbc.sql("SELECT project_year FROM reporting_enrolment UNION SELECT held_year FROM"
                        + " reporting_activity WHERE held_year IS NOT NULL ORDER BY 1")
                .query(Integer.class)
                .list();
        LocalDate fixedDay = LocalDate.of(2000, 1, 1);
        Map<String, Object> snapshot = new LinkedHashMap<>();
        for (int year : years) {
            snapshot.put("figures/" + year, reports.projectYear(year, null));
            snapshot.put("evaluations/" + year, reports.evaluations(year, null));
            snapshot.put("strands/" + year, strands.strands(year, null));
            snapshot.put("collaboration/" + year, strands.collaboration(year, null, fixedDay));
            snapshot.put("buddies/" + year, strands.buddies(year, null));
            snapshot.put("comparison/" + year, comparisons.comparison(year, null));
        }
        snapshot.put("self-assessments", strands.selfAssessments(null));
        snapshot.put("escorts", outreach.escorts(null, null, null));
        snapshot.put("referrals", outreach.referrals(null, null, null));
        snapshot.put("visibility", outreach.visibility(null, null, null));
        return snapshot;
    }
}
