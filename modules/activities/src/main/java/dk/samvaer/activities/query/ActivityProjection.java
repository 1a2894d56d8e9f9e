package dk.samvaer.activities.query;

import dk.samvaer.activities.api.ActivityCancelled;
import dk.samvaer.activities.api.ActivityHeld;
import dk.samvaer.activities.api.ActivityPlanned;
import dk.samvaer.activities.api.ActivityView.Logbook;
import dk.samvaer.activities.api.EvaluationLinkIssued;
import dk.samvaer.activities.api.EvaluationSubmitted;
import dk.samvaer.activities.api.HeardVia;
import dk.samvaer.activities.api.LogbookCorrected;
import dk.samvaer.kernel.readmodel.ProjectionWrites;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps the activity list, each activity's logbook history and its evaluations. */
@Component
@ProcessingGroup(ActivityProjection.GROUP)
class ActivityProjection {

    static final String GROUP = "activities";

    private final ProjectionWrites writes;
    private final JdbcClient jdbc;

    ActivityProjection(ProjectionWrites writes) {
        this.writes = writes;
        this.jdbc = writes.jdbc();
    }

    @EventHandler
    void on(ActivityPlanned e, @SequenceNumber long version) {
        writes.update(
                "INSERT INTO activities_activity (activity_id, centre_id, municipality_code, title, category, setting,"
                        + " starts_at, starts_on, description, cost_per_participant, transport, accessibility_notes,"
                        + " status, activity_date, version) VALUES"
                        + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PLANNED', ?, ?) ON CONFLICT DO NOTHING",
                e.activityId().value(),
                e.centreId().value(),
                e.municipalityCode(),
                e.title(),
                e.category().name(),
                e.setting().name(),
                e.startsAt().toString(),
                e.startsAt().toLocalDate(),
                e.description(),
                e.costPerParticipant(),
                e.transport(),
                e.accessibilityNotes(),
                e.startsAt().toLocalDate(),
                version);
    }

    @EventHandler
    void on(EvaluationLinkIssued e, @SequenceNumber long version) {
        writes.update(
                // not over a later event's state, when an event is handled again
                "UPDATE activities_activity SET evaluation_token = ?, version = ? WHERE activity_id = ? AND version < ?",
                e.token(),
                version,
                e.activityId().value(),
                version);
    }

    @EventHandler
    void on(ActivityHeld e, @SequenceNumber long version, @Timestamp Instant recordedAt) {
        logbook(e.activityId().value(), Logbook.of(e), null, version, recordedAt);
    }

    @EventHandler
    void on(LogbookCorrected e, @SequenceNumber long version, @Timestamp Instant recordedAt) {
        logbook(e.activityId().value(), Logbook.of(e), e.reason(), version, recordedAt);
    }

    @EventHandler
    void on(ActivityCancelled e, @SequenceNumber long version) {
        writes.update(
                "UPDATE activities_activity SET status = 'CANCELLED', cancellation_reason = ?, version = ?"
                        + " WHERE activity_id = ? AND version < ?",
                e.reason(),
                version,
                e.activityId().value(),
                version);
    }

    @EventHandler
    void on(EvaluationSubmitted e, @SequenceNumber long version, @Timestamp Instant recordedAt) {
        String heardVia = e.heardVia().stream().map(HeardVia::name).sorted().collect(Collectors.joining(","));
        writes.update(
                "INSERT INTO activities_evaluation (evaluation_id, activity_id, heard_via, would_join_again,"
                        + " recorded_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                e.evaluationId(),
                e.activityId().value(),
                heardVia,
                e.wouldJoinAgain(),
                utc(recordedAt));
        writes.update(
                "UPDATE activities_activity SET evaluations = evaluations + 1, version = ?"
                        + " WHERE activity_id = ? AND version < ?",
                version,
                e.activityId().value(),
                version);
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM activities_evaluation").update();
        jdbc.sql("DELETE FROM activities_logbook_entry").update();
        jdbc.sql("DELETE FROM activities_activity").update();
    }

    /** The logbook becomes the current one, and joins the history: as the original, or with a correction's reason. */
    private void logbook(UUID activityId, Logbook logbook, String correctionReason, long version, Instant recordedAt) {
        boolean correction = correctionReason != null;
        writes.update(
                "UPDATE activities_activity SET status = 'HELD', held_on = ?, activity_date = ?, participants = ?,"
                        + " new_participants = ?, formerly_homeless = ?, corrections = corrections + ?, version = ?"
                        + " WHERE activity_id = ? AND version < ?",
                logbook.heldOn(),
                logbook.heldOn(),
                logbook.participants(),
                logbook.newParticipants(),
                logbook.formerlyHomeless(),
                correction ? 1 : 0,
                version,
                activityId,
                version);
        writes.update(
                "INSERT INTO activities_logbook_entry (activity_id, sequence_number, kind, held_on, participants,"
                        + " new_participants, formerly_homeless, reason, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                activityId,
                version,
                correction ? "CORRECTION" : "ORIGINAL",
                logbook.heldOn(),
                logbook.participants(),
                logbook.newParticipants(),
                logbook.formerlyHomeless(),
                correctionReason,
                utc(recordedAt));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
