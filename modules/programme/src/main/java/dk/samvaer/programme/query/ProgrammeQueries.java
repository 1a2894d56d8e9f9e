package dk.samvaer.programme.query;

import dk.samvaer.kernel.Page;
import dk.samvaer.kernel.Paging;
import dk.samvaer.kernel.readmodel.Where;
import dk.samvaer.programme.api.Arm;
import dk.samvaer.programme.api.CentreDirectory.CentreSummary;
import dk.samvaer.programme.api.CentreId;
import dk.samvaer.programme.api.CentreList;
import dk.samvaer.programme.api.Enrolment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the programme read models: centres and project years. */
@Component
public class ProgrammeQueries implements CentreList {

    private final JdbcClient jdbc;

    ProgrammeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Page<CentreSummary> centres(Set<String> municipalityCodes, Paging paging) {
        return new Where()
                .inScope("municipality_code", municipalityCodes)
                .page(
                        jdbc,
                        "centre_id, municipality_code, name",
                        "programme_centre",
                        "municipality_code, name, centre_id",
                        paging,
                        (rs, n) -> new CentreSummary(
                                new CentreId(rs.getObject("centre_id", UUID.class)),
                                rs.getString("municipality_code"),
                                rs.getString("name")));
    }

    public Optional<ProjectYearView> projectYear(int year) {
        return projectYears(year).stream().findFirst();
    }

    public List<ProjectYearView> projectYears() {
        return projectYears(null);
    }

    private List<ProjectYearView> projectYears(Integer year) {
        String where = year == null ? "" : " WHERE y.project_year = :year";
        Map<Integer, List<Enrolment>> byYear = new TreeMap<>();
        jdbc.sql("SELECT y.project_year, e.municipality_code, e.arm FROM programme_project_year y"
                        + " LEFT JOIN programme_enrolment e ON e.project_year = y.project_year" + where
                        + " ORDER BY y.project_year, e.municipality_code")
                .paramSource(year == null ? Map.of() : Map.of("year", year))
                .query(rs -> {
                    List<Enrolment> enrolments = byYear.computeIfAbsent(rs.getInt(1), y -> new ArrayList<>());
                    if (rs.getString(2) != null) {
                        enrolments.add(new Enrolment(rs.getString(2), Arm.valueOf(rs.getString(3))));
                    }
                });
        return byYear.entrySet().stream()
                .map(entry -> new ProjectYearView(entry.getKey(), entry.getValue()))
                .toList();
    }

    /** A project year and its enrolled municipalities. */
    public record ProjectYearView(int year, List<Enrolment> enrolments) {}
}
