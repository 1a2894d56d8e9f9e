package dk.samvaer.reporting.query;

import dk.samvaer.collaboration.api.BestPractice;
import dk.samvaer.collaboration.api.PracticeStatus;
import dk.samvaer.programme.api.Arm;
import dk.samvaer.programme.api.Municipalities;
import dk.samvaer.reporting.api.BuddyReport;
import dk.samvaer.reporting.api.BuddyReport.CentreBuddies;
import dk.samvaer.reporting.api.CollaborationReport;
import dk.samvaer.reporting.api.CollaborationReport.MunicipalityCollaboration;
import dk.samvaer.reporting.api.SelfAssessmentReport;
import dk.samvaer.reporting.api.StrandsReport;
import dk.samvaer.reporting.api.StrandsReport.MunicipalityStrands;
import dk.samvaer.reporting.api.Suppression;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The strand reports over the reporting tables; {@code scope} limits them to some municipalities (null: all). */
@Component
public class StrandQueries {

    private final JdbcClient jdbc;
    private final Municipalities municipalities;
    private final ReportingTables tables;

    @Autowired
    public StrandQueries(JdbcClient jdbc, Municipalities municipalities) {
        this(jdbc, municipalities, ReportingTables.LIVE);
    }

    /** Table 1 ({@link #strands}) from other tables, the reporting tables as of an instant. */
    StrandQueries(JdbcClient jdbc, Municipalities municipalities, ReportingTables tables) {
        this.jdbc = jdbc;
        this.municipalities = municipalities;
        this.tables = tables;
    }

    /** Table 1: one row per municipality enrolled in the year (within scope), test arm first. */
    public StrandsReport strands(int year, Set<String> scope) {
        Map<String, Arm> arms = enrolled(year, scope);
        Map<String, Long> meetings = countBy(
                "SELECT municipality_code, COUNT(*) FROM " + tables.meeting() + " m"
                        + " WHERE status = 'HELD' AND held_on BETWEEN :from AND :to GROUP BY municipality_code",
                year);
        Map<String, Long> network = countBy(
                "SELECT municipality_code, COUNT(*) FROM " + tables.networkParticipation() + " n"
                        + " WHERE held_on BETWEEN :from AND :to GROUP BY municipality_code",
                year);
        Map<String, Long> trained = countBy(
                "SELECT municipality_code, COUNT(*) FROM " + tables.buddy() + " b"
                        + " WHERE course_completed_on BETWEEN :from AND :to GROUP BY municipality_code",
                year);
        Map<String, List<String>> titles = new HashMap<>();
        jdbc.sql("SELECT municipality_code, title FROM " + tables.activity() + " a WHERE status = 'HELD'"
                        + " AND held_year = ? ORDER BY held_on, title")
                .param(year)
                .query(rs -> {
                    titles.computeIfAbsent(rs.getString(1), code -> new ArrayList<>())
                            .add(rs.getString(2));
                });
        List<MunicipalityStrands> rows = new ArrayList<>();
        arms.forEach((code, arm) -> {
            List<String> held = titles.getOrDefault(code, List.of());
            long buddies = trained.getOrDefault(code, 0L);
            rows.add(new MunicipalityStrands(
                    code,
                    municipalities.nameOf(code),
                    arm,
                    meetings.getOrDefault(code, 0L),
                    network.getOrDefault(code, 0L),
                    buddies > 0,
                    buddies,
                    held.size(),
                    held));
        });
        return new StrandsReport(year, rows, Suppression.NONE);
    }

    public CollaborationReport collaboration(int year, Set<String> scope, LocalDate asOf) {
        liveOnly();
        Map<String, Arm> arms = enrolled(year, scope);
        Map<String, Long> planned = countBy(
                "SELECT municipality_code, COUNT(*) FROM reporting_meeting"
                        + " WHERE scheduled_for BETWEEN :from AND :to GROUP BY municipality_code",
                year);
        Map<String, Long> held = countBy(
                "SELECT municipality_code, COUNT(*) FROM reporting_meeting"
                        + " WHERE status = 'HELD' AND held_on BETWEEN :from AND :to GROUP BY municipality_code",
                year);
        Map<String, Long> cancelled = countBy(
                "SELECT municipality_code, COUNT(*) FROM reporting_meeting"
                        + " WHERE status = 'CANCELLED' AND scheduled_for BETWEEN :from AND :to GROUP BY municipality_code",
                year);
        Map<String, Long> completed = countBy(
                "SELECT municipality_code, COUNT(*) FROM reporting_follow_up"
                        + " WHERE completed_on IS NOT NULL AND meeting_held_on BETWEEN :from AND :to GROUP BY municipality_code",
                year);
        Map<String, Long> open = countBy(
                "SELECT municipality_code, COUNT(*) FROM reporting_follow_up"
                        + " WHERE completed_on IS NULL AND meeting_held_on BETWEEN :from AND :to GROUP BY municipality_code",
                year);
        Map<String, Long> overdue = new HashMap<>();
        jdbc.sql("SELECT municipality_code, COUNT(*) FROM reporting_follow_up WHERE completed_on IS NULL"
                        + " AND meeting_held_on BETWEEN :from AND :to AND due_on < :asOf GROUP BY municipality_code")
                .paramSource(Map.of("from", LocalDate.of(year, 1, 1), "to", LocalDate.of(year, 12, 31), "asOf", asOf))
                .query(rs -> {
                    overdue.put(rs.getString(1), rs.getLong(2));
                });
        List<MunicipalityCollaboration> rows = new ArrayList<>();
        arms.forEach((code, arm) -> rows.add(new MunicipalityCollaboration(
                code,
                municipalities.nameOf(code),
                arm,
                planned.getOrDefault(code, 0L),
                held.getOrDefault(code, 0L),
                cancelled.getOrDefault(code, 0L),
                completed.getOrDefault(code, 0L),
                open.getOrDefault(code, 0L),
                overdue.getOrDefault(code, 0L))));
        return new CollaborationReport(year, asOf, rows);
    }

    public BuddyReport buddies(int year, Set<String> scope) {
        liveOnly();
        Map<UUID, String[]> centres = new LinkedHashMap<>();
        jdbc.sql("SELECT centre_id, municipality_code, name FROM reporting_centre c WHERE EXISTS"
                        + " (SELECT 1 FROM reporting_buddy b WHERE b.centre_id = c.centre_id) OR EXISTS"
                        + " (SELECT 1 FROM reporting_welcome w WHERE w.centre_id = c.centre_id)"
                        + " ORDER BY municipality_code, name")
                .query(rs -> {
                    if (scope == null || scope.contains(rs.getString(2))) {
                        centres.put(rs.getObject(1, UUID.class), new String[] {rs.getString(2), rs.getString(3)});
                    }
                });
        Map<String, Object> range = range(year);
        Map<UUID, Long> active = countByCentre(
                "SELECT centre_id, COUNT(*) FROM reporting_buddy WHERE status = 'ACTIVE' AND course_completed_on IS NOT"
                        + " NULL GROUP BY centre_id",
                Map.of());
        Map<UUID, Long> trained = countByCentre(
                "SELECT centre_id, COUNT(*) FROM reporting_buddy WHERE course_completed_on BETWEEN :from AND :to"
                        + " GROUP BY centre_id",
                range);
        Map<UUID, Long> supervision = countByCentre(
                "SELECT centre_id, COUNT(*) FROM reporting_supervision WHERE held_on BETWEEN :from AND :to"
                        + " GROUP BY centre_id",
                range);
        Map<UUID, long[]> months = new HashMap<>();
        Map<UUID, long[]> byWhom = new HashMap<>();
        jdbc.sql(
                        "SELECT centre_id, welcomed_on, by_buddy FROM reporting_welcome WHERE welcomed_on BETWEEN :from AND :to")
                .paramSource(range)
                .query(rs -> {
                    UUID centre = rs.getObject(1, UUID.class);
                    months.computeIfAbsent(centre, c -> new long[12])[
                            rs.getObject(2, LocalDate.class).getMonthValue() - 1]++;
                    byWhom.computeIfAbsent(centre, c -> new long[2])[rs.getBoolean(3) ? 0 : 1]++;
                });
        List<CentreBuddies> rows = new ArrayList<>();
        centres.forEach((centre, info) -> {
            long[] perMonth = months.getOrDefault(centre, new long[12]);
            long[] whom = byWhom.getOrDefault(centre, new long[2]);
            List<Long> monthly = new ArrayList<>(12);
            for (long count : perMonth) {
                monthly.add(count);
            }
            rows.add(new CentreBuddies(
                    centre,
                    info[1],
                    info[0],
                    active.getOrDefault(centre, 0L),
                    trained.getOrDefault(centre, 0L),
                    supervision.getOrDefault(centre, 0L),
                    whom[0] + whom[1],
                    whom[0],
                    whom[1],
                    monthly));
        });
        return new BuddyReport(year, rows, Suppression.NONE);
    }

    /** The latest assessment of every subject in scope, compared with the one before it. */
    public SelfAssessmentReport selfAssessments(Set<String> scope) {
        liveOnly();
        Map<String, List<Assessment>> bySubject = new TreeMap<>();
        jdbc.sql("SELECT assessment_id, municipality_code, centre_id, assessed_on FROM reporting_self_assessment"
                        + " ORDER BY assessed_on DESC, position DESC")
                .query(rs -> {
                    String code = rs.getString(2);
                    if (scope == null || scope.contains(code)) {
                        UUID centre = rs.getObject(3, UUID.class);
                        bySubject
                                .computeIfAbsent(code + "/" + Objects.toString(centre, ""), key -> new ArrayList<>())
                                .add(new Assessment(
                                        rs.getObject(1, UUID.class), code, centre, rs.getObject(4, LocalDate.class)));
                    }
                });
        List<SelfAssessmentReport.Subject> subjects = new ArrayList<>();
        for (List<Assessment> history : bySubject.values()) {
            Assessment latest = history.get(0);
            Map<BestPractice, PracticeStatus> now = practices(latest.id());
            Assessment previous = history.size() > 1 ? history.get(1) : null;
            List<SelfAssessmentReport.Change> changes = new ArrayList<>();
            if (previous != null) {
                Map<BestPractice, PracticeStatus> before = practices(previous.id());
                now.forEach((practice, status) -> {
                    if (before.get(practice) != status) {
                        changes.add(new SelfAssessmentReport.Change(practice, before.get(practice), status));
                    }
                });
            }
            List<SelfAssessmentReport.Assessment> past = new ArrayList<>();
            for (int i = history.size() - 1; i >= 0; i--) {
                Assessment assessment = history.get(i);
                past.add(new SelfAssessmentReport.Assessment(
                        assessment.assessedOn(), i == 0 ? now : practices(assessment.id())));
            }
            subjects.add(new SelfAssessmentReport.Subject(
                    latest.municipalityCode(),
                    municipalities.nameOf(latest.municipalityCode()),
                    latest.centreId(),
                    latest.assessedOn(),
                    now,
                    previous == null ? null : previous.assessedOn(),
                    changes,
                    past));
        }
        return new SelfAssessmentReport(subjects);
    }

    private record Assessment(UUID id, String municipalityCode, UUID centreId, LocalDate assessedOn) {}

    private Map<BestPractice, PracticeStatus> practices(UUID assessmentId) {
        Map<BestPractice, PracticeStatus> practices = new EnumMap<>(BestPractice.class);
        jdbc.sql("SELECT practice, status FROM reporting_self_assessment_practice WHERE assessment_id = ?")
                .param(assessmentId)
                .query(rs -> {
                    practices.put(BestPractice.valueOf(rs.getString(1)), PracticeStatus.valueOf(rs.getString(2)));
                });
        return practices;
    }

    /** Enrolled municipalities of the year within scope, test arm first, then by name. */
    private Map<String, Arm> enrolled(int year, Set<String> scope) {
        List<String[]> rows = new ArrayList<>();
        jdbc.sql("SELECT municipality_code, arm FROM " + tables.enrolment() + " r WHERE project_year = ?")
                .param(year)
                .query(rs -> {
                    if (scope == null || scope.contains(rs.getString(1))) {
                        rows.add(new String[] {rs.getString(1), rs.getString(2)});
                    }
                });
        rows.sort((a, b) -> a[1].equals(b[1])
                ? municipalities.nameOf(a[0]).compareTo(municipalities.nameOf(b[0]))
                : Arm.valueOf(a[1]).compareTo(Arm.valueOf(b[1])));
        Map<String, Arm> arms = new LinkedHashMap<>();
        rows.forEach(row -> arms.put(row[0], Arm.valueOf(row[1])));
        return Collections.unmodifiableMap(arms);
    }

    /** Follow-ups, supervision, welcomes and self-assessments are kept without their recording instants. */
    private void liveOnly() {
        if (tables != ReportingTables.LIVE) {
            throw new IllegalStateException(
                    "This report has no as-of model; only Table 1 can be read as of an instant");
        }
    }

    private Map<String, Long> countBy(String sql, int year) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql(sql).paramSource(range(year)).query(rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }

    private Map<UUID, Long> countByCentre(String sql, Map<String, Object> params) {
        Map<UUID, Long> counts = new HashMap<>();
        jdbc.sql(sql).paramSource(params).query(rs -> {
            counts.put(rs.getObject(1, UUID.class), rs.getLong(2));
        });
        return counts;
    }

    private static Map<String, Object> range(int year) {
        return Map.of("from", LocalDate.of(year, 1, 1), "to", LocalDate.of(year, 12, 31));
    }
}
