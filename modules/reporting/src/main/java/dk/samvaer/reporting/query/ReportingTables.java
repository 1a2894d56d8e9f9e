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
        return "(SELECT p.activity_id, p.municipality_code, p.centre_id, p.title, s.status, l.held_on, l.held_year,"
                + " l.participants, l.new_participants, l.formerly_homeless FROM reporting_activity_fact p"
                + latest("JOIN", "reporting_activity_fact", "activity_id", "s", "status")
                + latest("LEFT JOIN", "reporting_activity_fact", "activity_id", "l", "held_on")
                + " WHERE p.title IS NOT NULL AND p.recorded_ns <= " + recordedBy + ")";
    }

    String meeting() {
        if (recordedBy == null) {
            return "reporting_meeting";
        }
        return "(SELECT p.meeting_id, p.municipality_code, p.scheduled_for, s.status, h.held_on"
                + " FROM reporting_meeting_fact p"
                + latest("JOIN", "reporting_meeting_fact", "meeting_id", "s", "status")
                + latest("LEFT JOIN", "reporting_meeting_fact", "meeting_id", "h", "held_on")
                + " WHERE p.scheduled_for IS NOT NULL AND p.recorded_ns <= " + recordedBy + ")";
    }

    String buddy() {
        if (recordedBy == null) {
            return "reporting_buddy";
        }
        return "(SELECT p.buddy_id, p.centre_id, p.municipality_code, s.status, c.course_completed_on"
                + " FROM reporting_buddy_fact p"
                + latest("JOIN", "reporting_buddy_fact", "buddy_id", "s", "status")
                + latest("LEFT JOIN", "reporting_buddy_fact", "buddy_id", "c", "course_completed_on")
                + " WHERE p.centre_id IS NOT NULL AND p.recorded_ns <= " + recordedBy + ")";
    }

    private String insertedOnly(String table) {
        return recordedBy == null ? table : "(SELECT * FROM " + table + " WHERE recorded_ns <= " + recordedBy + ")";
    }

    /**
     * Joins, as {@code alias}, the latest fact of the row ({@code p}) that sets {@code column} and was recorded by the
     * instant: a join and a NOT EXISTS on the facts' primary key (row, position), which both databases answer from the
     * index (a window function over a derived table made H2 evaluate it again for every row).
     */
    private String latest(String join, String facts, String key, String alias, String column) {
        String recorded = ".recorded_ns <= " + recordedBy;
        return " " + join + " " + facts + " " + alias + " ON " + alias + "." + key + " = p." + key + " AND " + alias
                + "." + column + " IS NOT NULL AND " + alias + recorded + " AND NOT EXISTS (SELECT 1 FROM " + facts
                + " later WHERE later." + key + " = " + alias + "." + key + " AND later." + column
                + " IS NOT NULL AND later" + recorded + " AND later.position > " + alias + ".position)";
    }
}
