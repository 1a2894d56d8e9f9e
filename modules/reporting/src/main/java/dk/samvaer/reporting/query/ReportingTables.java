package dk.samvaer.reporting.query;

import java.time.Instant;

/**
 * Where the report queries read the reporting tables that carry figures: the current rows ({@link #LIVE}), or the rows
 * as they stood at an instant ({@link #asOf}), rebuilt by query from the facts {@link RecordedFacts} keeps and the
 * {@code recorded_ns} of rows that are only ever inserted. Each method returns a table expression with the same
 * columns as the live table; queries give it an alias ({@code FROM ... a}), which a derived table needs.
 *
 * <p>A row as of T is the row a replay of the events recorded up to T would leave: it exists if the event that
 * inserts it was recorded by T, and each group of columns that one kind of change sets (a logbook, a status, a
 * course) holds the values of the latest such change recorded by T, latest by position in the store.
 */
final class ReportingTables {

    static final ReportingTables LIVE = new ReportingTables(null);

    /** Nanoseconds since the epoch; null for the live tables. */
    private final Long recordedBy;

    private ReportingTables(Long recordedBy) {
        this.recordedBy = recordedBy;
    }

    /** The tables as they stood at {@code instant}: every fact recorded at or before it, none after. */
    static ReportingTables asOf(Instant instant) {
        return new ReportingTables(Recorded.nanos(instant));
    }

    String enrolment() {
        return insertedOnly("reporting_enrolment");
    }

    String networkParticipation() {
        return insertedOnly("reporting_network_participation");
    }

    String evaluation() {
        return insertedOnly("reporting_evaluation");
    }

    String activity() {
        if (recordedBy == null) {
            return "reporting_activity";
        }
        return "(SELECT p.activity_id, p.municipality_code, p.centre_id, p.title, "
                + latest("reporting_activity_fact", "activity_id", "p", "status", "status IS NOT NULL") + " AS status, "
                + "l.held_on, l.held_year, l.participants, l.new_participants, l.formerly_homeless"
                + " FROM reporting_activity_fact p LEFT JOIN (SELECT f.*, ROW_NUMBER() OVER (PARTITION BY f.activity_id"
                + " ORDER BY f.position DESC) AS n FROM reporting_activity_fact f WHERE f.held_on IS NOT NULL AND "
                + "f.recorded_ns <= " + recordedBy + ") l ON l.activity_id = p.activity_id AND l.n = 1"
                + " WHERE p.title IS NOT NULL AND p.recorded_ns <= " + recordedBy + ")";
    }

    String meeting() {
        if (recordedBy == null) {
            return "reporting_meeting";
        }
        return "(SELECT p.meeting_id, p.municipality_code, p.scheduled_for, "
                + latest("reporting_meeting_fact", "meeting_id", "p", "status", "status IS NOT NULL") + " AS status, "
                + latest("reporting_meeting_fact", "meeting_id", "p", "held_on", "held_on IS NOT NULL") + " AS held_on"
                + " FROM reporting_meeting_fact p WHERE p.scheduled_for IS NOT NULL AND p.recorded_ns <= "
                + recordedBy + ")";
    }

    String buddy() {
        if (recordedBy == null) {
            return "reporting_buddy";
        }
        return "(SELECT p.buddy_id, p.centre_id, p.municipality_code, "
                + latest("reporting_buddy_fact", "buddy_id", "p", "status", "status IS NOT NULL") + " AS status, "
                + latest(
                        "reporting_buddy_fact",
                        "buddy_id",
                        "p",
                        "course_completed_on",
                        "course_completed_on IS NOT NULL")
                + " AS course_completed_on FROM reporting_buddy_fact p WHERE p.centre_id IS NOT NULL AND p.recorded_ns <= "
                + recordedBy + ")";
    }

    private String insertedOnly(String table) {
        return recordedBy == null ? table : "(SELECT * FROM " + table + " WHERE recorded_ns <= " + recordedBy + ")";
    }

    /** The value of {@code column} in the latest fact of the row that sets it, recorded by the instant. */
    private String latest(String facts, String key, String outer, String column, String sets) {
        return "(SELECT g." + column + " FROM " + facts + " g WHERE g." + key + " = " + outer + "." + key + " AND g."
                + sets + " AND g.recorded_ns <= " + recordedBy + " ORDER BY g.position DESC LIMIT 1)";
    }
}
