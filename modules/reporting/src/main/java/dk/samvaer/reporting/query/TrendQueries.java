package dk.samvaer.reporting.query;

import dk.samvaer.programme.api.Arm;
import dk.samvaer.reporting.api.Figures;
import dk.samvaer.reporting.api.Suppression;
import dk.samvaer.reporting.api.TrendReport;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Table 2 over several project years, in two queries whatever the number of years: each year's totals and arms are
 * those {@link ReportQueries#projectYear} reports for the year. {@code scope} as there ({@code null} for all).
 */
@Component
public class TrendQueries {

    private final JdbcClient jdbc;
    private final ReportingTables tables = ReportingTables.LIVE;

    public TrendQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The project years in which a municipality in scope was enrolled or held activities, oldest first. */
    public List<Integer> yearsWithFigures(Set<String> scope) {
        Set<Integer> years = new TreeSet<>();
        jdbc.sql("SELECT project_year, municipality_code FROM " + tables.enrolment()
                        + " r UNION SELECT held_year, municipality_code FROM " + tables.activity()
                        + " a WHERE status = 'HELD' AND held_year IS NOT NULL")
                .query(rs -> {
                    if (inScope(rs.getString(2), scope)) {
                        years.add(rs.getInt(1));
                    }
                });
        return List.copyOf(years);
    }

    /** The years from {@code from} to {@code to}, each with Table 2's totals and figures per arm. */
    public TrendReport trends(int from, int to, String municipalityCode, Set<String> scope) {
        Map<Integer, Map<String, Arm>> enrolled = new HashMap<>();
        jdbc.sql("SELECT project_year, municipality_code, arm FROM " + tables.enrolment()
                        + " r WHERE project_year BETWEEN ? AND ?")
                .param(from)
                .param(to)
                .query(rs -> {
                    if (inScope(rs.getString(2), scope)) {
                        enrolled.computeIfAbsent(rs.getInt(1), year -> new HashMap<>())
                                .put(rs.getString(2), Arm.valueOf(rs.getString(3)));
                    }
                });
        Map<Integer, Figures> totals = new HashMap<>();
        Map<Integer, Map<Arm, Figures>> byArm = new HashMap<>();
        jdbc.sql("SELECT held_year, municipality_code, COUNT(*), SUM(participants), SUM(new_participants),"
                        + " SUM(formerly_homeless) FROM " + tables.activity() + " a WHERE status = 'HELD'"
                        + " AND held_year BETWEEN ? AND ? GROUP BY held_year, municipality_code")
                .param(from)
                .param(to)
                .query(rs -> {
                    int year = rs.getInt(1);
                    String code = rs.getString(2);
                    if (!inScope(code, scope)) {
                        return;
                    }
                    Figures figures = Figures.of(rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6));
                    totals.merge(year, figures, Figures::plus);
                    Arm arm = enrolled.getOrDefault(year, Map.of()).get(code);
                    if (arm != null) {
                        byArm.computeIfAbsent(year, y -> new EnumMap<>(Arm.class))
                                .merge(arm, figures, Figures::plus);
                    }
                });
        List<TrendReport.Year> years = new ArrayList<>();
        for (int year = from; year <= to; year++) {
            Map<Arm, Figures> arms = new EnumMap<>(Arm.class);
            for (Arm arm : Arm.values()) {
                arms.put(arm, byArm.getOrDefault(year, Map.of()).getOrDefault(arm, Figures.NONE));
            }
            years.add(new TrendReport.Year(year, totals.getOrDefault(year, Figures.NONE), arms));
        }
        return new TrendReport(from, to, municipalityCode, years, Suppression.NONE);
    }

    private static boolean inScope(String code, Set<String> scope) {
        return scope == null || scope.contains(code);
    }
}
