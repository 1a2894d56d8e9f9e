package dk.samvaer.buddies.query;

import dk.samvaer.activities.api.HeardVia;
import dk.samvaer.buddies.api.BuddyCourseCompleted;
import dk.samvaer.buddies.api.BuddyEnrolled;
import dk.samvaer.buddies.api.BuddyPaused;
import dk.samvaer.buddies.api.BuddyResumed;
import dk.samvaer.buddies.api.BuddyRetired;
import dk.samvaer.buddies.api.BuddyTaskAssigned;
import dk.samvaer.buddies.api.NewUserWelcomed;
import dk.samvaer.buddies.api.SupervisionHeld;
import dk.samvaer.kernel.readmodel.ProjectionWrites;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps the buddies with their course, tasks and status, their supervision sessions, and every welcome. */
@Component
@ProcessingGroup(BuddyProjection.GROUP)
class BuddyProjection {

    static final String GROUP = "buddies";

    private final ProjectionWrites writes;
    private final JdbcClient jdbc;

    BuddyProjection(ProjectionWrites writes) {
        this.writes = writes;
        this.jdbc = writes.jdbc();
    }

    @EventHandler
    void on(BuddyEnrolled e, @SequenceNumber long version) {
        writes.updateRowsOf(
                e.buddyId().value(),
                "INSERT INTO buddies_buddy (buddy_id, centre_id, municipality_code, handle, status, version)"
                        + " VALUES (?, ?, ?, ?, 'ACTIVE', ?) ON CONFLICT DO NOTHING",
                e.buddyId().value(),
                e.centreId().value(),
                e.municipalityCode(),
                e.handle(),
                version);
    }

    @EventHandler
    void on(BuddyCourseCompleted e, @SequenceNumber long version) {
        update(e.buddyId().value(), "course_completed_on = ?, course_hours = ?", version, e.completedOn(), e.hours());
    }

    @EventHandler
    void on(BuddyTaskAssigned e, @SequenceNumber long version) {
        update(
                e.buddyId().value(),
                "tasks = CASE WHEN tasks = '' THEN ? ELSE tasks || ',' || ? END",
                version,
                e.task().name(),
                e.task().name());
    }

    @EventHandler
    void on(BuddyPaused e, @SequenceNumber long version) {
        update(e.buddyId().value(), "status = 'PAUSED', status_reason = ?", version, e.reason());
    }

    @EventHandler
    void on(BuddyResumed e, @SequenceNumber long version) {
        update(e.buddyId().value(), "status = 'ACTIVE', status_reason = NULL", version);
    }

    @EventHandler
    void on(BuddyRetired e, @SequenceNumber long version) {
        update(e.buddyId().value(), "status = 'RETIRED', status_reason = ?", version, e.reason());
    }

    @EventHandler
    void on(SupervisionHeld e, @SequenceNumber long version) {
        writes.updateRowsOf(
                e.buddyId().value(),
                "INSERT INTO buddies_supervision (session_id, buddy_id, centre_id, municipality_code, held_on)"
                        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                e.sessionId(),
                e.buddyId().value(),
                e.centreId().value(),
                e.municipalityCode(),
                e.heldOn());
        update(e.buddyId().value(), null, version);
    }

    @EventHandler
    void on(NewUserWelcomed e, @SequenceNumber long version) {
        writes.update(
                "INSERT INTO buddies_welcome (welcome_id, centre_id, municipality_code, buddy_id, welcomed_on,"
                        + " heard_via, activity_id) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                e.welcomeId().value(),
                e.centreId().value(),
                e.municipalityCode(),
                e.buddyId() == null ? null : e.buddyId().value(),
                e.welcomedOn(),
                e.heardVia().stream().map(HeardVia::name).sorted().collect(Collectors.joining(",")),
                e.activityId() == null ? null : e.activityId().value());
        if (e.buddyId() != null) {
            update(e.buddyId().value(), null, version);
        }
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM buddies_welcome").update();
        jdbc.sql("DELETE FROM buddies_supervision").update();
        jdbc.sql("DELETE FROM buddies_buddy").update();
    }

    /**
     * Sets the given columns (if any) and the buddy's version, unless the row already reflects this event (its version
     * is as new): handling an event twice changes nothing.
     */
    private void update(UUID buddyId, String assignments, long version, Object... values) {
        Object[] params = new Object[values.length + 3];
        System.arraycopy(values, 0, params, 0, values.length);
        params[values.length] = version;
        params[values.length + 1] = buddyId;
        params[values.length + 2] = version;
        String set = assignments == null ? "" : assignments + ", ";
        writes.updateRowsOf(
                buddyId, "UPDATE buddies_buddy SET " + set + "version = ? WHERE buddy_id = ? AND version < ?", params);
    }
}
