package dk.samvaer.reporting.query;

import dk.samvaer.kernel.readmodel.ProjectionWrites;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps every change to an activity, a collaboration meeting and a buddy as a fact with the instant it was recorded
 * ({@code reporting_*_fact}), beside the current rows the live reports read. {@link ReportingTables#asOf} turns the
 * facts back into those rows as they stood at an instant. A column a change does not set is NULL. Facts are keyed by
 * the row and the event's position, so an event handled twice records its fact once.
 */
final class RecordedFacts {

    private final ProjectionWrites writes;
    private final JdbcClient jdbc;

    RecordedFacts(ProjectionWrites writes) {
        this.writes = writes;
        this.jdbc = writes.jdbc();
    }

    void activityPlanned(UUID activityId, Recorded at, String municipalityCode, UUID centreId, String title) {
        activity(activityId, at, "PLANNED", municipalityCode, centreId, title, null, null, null, null);
    }

    void activityHeld(
            UUID activityId, Recorded at, LocalDate heldOn, int participants, int fresh, int formerlyHomeless) {
        activity(activityId, at, "HELD", null, null, null, heldOn, participants, fresh, formerlyHomeless);
    }

    void activityCancelled(UUID activityId, Recorded at) {
        activity(activityId, at, "CANCELLED", null, null, null, null, null, null, null);
    }

    void meeting(
            UUID meetingId,
            Recorded at,
            String status,
            String municipalityCode,
            LocalDate scheduledFor,
            LocalDate heldOn) {
        writes.update(
                "INSERT INTO reporting_meeting_fact (meeting_id, position, recorded_ns, status, municipality_code,"
                        + " scheduled_for, held_on) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                meetingId,
                at.position(),
                at.nanos(),
                status,
                municipalityCode,
                scheduledFor,
                heldOn);
    }

    void buddy(
            UUID buddyId,
            Recorded at,
            String status,
            UUID centreId,
            String municipalityCode,
            LocalDate courseCompletedOn) {
        writes.update(
                "INSERT INTO reporting_buddy_fact (buddy_id, position, recorded_ns, status, centre_id,"
                        + " municipality_code, course_completed_on) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                buddyId,
                at.position(),
                at.nanos(),
                status,
                centreId,
                municipalityCode,
                courseCompletedOn);
    }

    void resetActivities() {
        jdbc.sql("DELETE FROM reporting_activity_fact").update();
    }

    void resetStrands() {
        jdbc.sql("DELETE FROM reporting_meeting_fact").update();
        jdbc.sql("DELETE FROM reporting_buddy_fact").update();
    }

    private void activity(
            UUID activityId,
            Recorded at,
            String status,
            String municipalityCode,
            UUID centreId,
            String title,
            LocalDate heldOn,
            Integer participants,
            Integer fresh,
            Integer formerlyHomeless) {
        writes.update(
                "INSERT INTO reporting_activity_fact (activity_id, position, recorded_ns, status, municipality_code,"
                        + " centre_id, title, held_on, held_year, participants, new_participants, formerly_homeless)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                activityId,
                at.position(),
                at.nanos(),
                status,
                municipalityCode,
                centreId,
                title,
                heldOn,
                heldOn == null ? null : heldOn.getYear(),
                participants,
                fresh,
                formerlyHomeless);
    }
}
