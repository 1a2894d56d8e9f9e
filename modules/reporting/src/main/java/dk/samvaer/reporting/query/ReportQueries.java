package dk.samvaer.reporting.query;

import dk.samvaer.programme.api.Arm;
import dk.samvaer.programme.api.Municipalities;
import dk.samvaer.reporting.api.EvaluationSummary;
import dk.samvaer.reporting.api.EvaluationSummary.MunicipalityEvaluations;
import dk.samvaer.reporting.api.Figures;
import dk.samvaer.reporting.api.MunicipalityFigures;
import dk.samvaer.reporting.api.ProjectYearFigures;
import dk.samvaer.reporting.api.Suppression;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Computes the reports from the reporting tables. {@code scope} limits a report to some municipalities ({@code null}
 * for all); rows of other municipalities are left out silently, and totals are over what is left.
 */
@Component
public class ReportQueries {

    private final JdbcClient jdbc;
    private final Municipalities municipalities;
    private final ReportingTables tables;

    @Autowired
    public ReportQueries(JdbcClient jdbc, Municipalities municipalities) {
        this(jdbc, municipalities, ReportingTables.LIVE);
    }

    ReportQueries(JdbcClient jdbc, Municipalities municipalities, ReportingTables tables) {
        this.jdbc = jdbc;
        this.municipalities = municipalities;
        this.tables = tables;
    }

    /** Whether the year has enrolled municipalities or held activities (within scope). */
    /** The project years with enrolments or held activities, newest first. */
    public List<Integer> years() {
        return jdbc
                .sql("SELECT project_year FROM " + tables.enrolment() + " UNION SELECT held_year FROM "
                        + tables.activity() + " WHERE status = 'HELD' AND held_year IS NOT NULL")
                .query(Integer.class)
                .list()
                .stream()
                .distinct()
                .sorted(Comparator.reverseOrder())
                .toList();
    }

    public boolean hasYear(int year) {
        return jdbc.sql("SELECT COUNT(*) FROM " + tables.enrolment() + " r WHERE r.project_year = ?")
                                .param(year)
                                .query(Long.class)
                                .single()
                        > 0
                || jdbc.sql("SELECT COUNT(*) FROM " + tables.activity()
                                        + " a WHERE a.held_year = ? AND a.status = 'HELD'")
                                .param(year)
                                .query(Long.class)
                                .single()
                        > 0;
    }

    public ProjectYearFigures projectYear(int year, Set<String> scope) {
        Map<String, Arm> arms = arms(year, scope);
        Map<String, Figures> byCode = new TreeMap<>();
        arms.keySet().forEach(code -> byCode.put(code, Figures.NONE));
        jdbc.sql("SELECT municipality_code, COUNT(*), SUM(participants), SUM(new_participants),"
                        + " SUM(formerly_homeless) FROM " + tables.activity() + " a WHERE status = 'HELD'"
                        + " AND held_year = ? GROUP BY municipality_code")
                .param(year)
                .query(rs -> {
                    String code = rs.getString(1);
                    if (inScope(code, scope)) {
                        byCode.put(code, Figures.of(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
                    }
                });
        List<MunicipalityFigures> rows = new ArrayList<>();
        Map<Arm, Figures> byArm = new EnumMap<>(Arm.class);
        for (Arm arm : Arm.values()) {
            byArm.put(arm, Figures.NONE);
        }
        Figures totals = Figures.NONE;
        for (Map.Entry<String, Figures> entry : byCode.entrySet()) {
            Arm arm = arms.get(entry.getKey());
            rows.add(new MunicipalityFigures(
                    entry.getKey(), municipalities.nameOf(entry.getKey()), arm, entry.getValue()));
            if (arm != null) {
                byArm.merge(arm, entry.getValue(), Figures::plus);
            }
            totals = totals.plus(entry.getValue());
        }
        rows.sort(Comparator.comparing((MunicipalityFigures m) ->
                        m.arm() == null ? Integer.MAX_VALUE : m.arm().ordinal())
                .thenComparing(MunicipalityFigures::municipalityName));
        return new ProjectYearFigures(year, totals, rows, byArm, Suppression.NONE);
    }

    public EvaluationSummary evaluations(int year, Set<String> scope) {
        Map<String, EvaluationCounts> byCode = new TreeMap<>();
        jdbc.sql("SELECT e.municipality_code, " + EvaluationCounts.select("e") + " FROM " + tables.evaluation()
                        + " e JOIN " + tables.activity() + " a ON a.activity_id = e.activity_id"
                        + " WHERE a.status = 'HELD' AND a.held_year = ? GROUP BY e.municipality_code")
                .param(year)
                .query(rs -> {
                    String code = rs.getString(1);
                    if (inScope(code, scope)) {
                        byCode.put(code, EvaluationCounts.read(rs, 2));
                    }
                });
        EvaluationCounts total = EvaluationCounts.NONE;
        List<MunicipalityEvaluations> rows = new ArrayList<>();
        for (Map.Entry<String, EvaluationCounts> entry : byCode.entrySet()) {
            EvaluationCounts counts = entry.getValue();
            rows.add(new MunicipalityEvaluations(
                    entry.getKey(),
                    municipalities.nameOf(entry.getKey()),
                    counts.evaluations(),
                    counts.heardVia(),
                    counts.wouldJoinAgain()));
            total = total.plus(counts);
        }
        return new EvaluationSummary(
                year, total.evaluations(), total.heardVia(), total.wouldJoinAgain(), rows, Suppression.NONE);
    }

    private Map<String, Arm> arms(int year, Set<String> scope) {
        Map<String, Arm> arms = new HashMap<>();
        jdbc.sql("SELECT municipality_code, arm FROM " + tables.enrolment() + " r WHERE project_year = ?")
                .param(year)
                .query(rs -> {
                    if (inScope(rs.getString(1), scope)) {
                        arms.put(rs.getString(1), Arm.valueOf(rs.getString(2)));
                    }
                });
        return arms;
    }

    private static boolean inScope(String code, Set<String> scope) {
        return scope == null || scope.contains(code);
    }
}
