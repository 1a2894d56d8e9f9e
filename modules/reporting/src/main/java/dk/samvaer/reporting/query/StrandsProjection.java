package dk.samvaer.reporting.query;

import dk.samvaer.buddies.api.BuddyCourseCompleted;
import dk.samvaer.buddies.api.BuddyEnrolled;
import dk.samvaer.buddies.api.BuddyPaused;
import dk.samvaer.buddies.api.BuddyResumed;
import dk.samvaer.buddies.api.BuddyRetired;
import dk.samvaer.buddies.api.NewUserWelcomed;
import dk.samvaer.buddies.api.SupervisionHeld;
import dk.samvaer.collaboration.api.FollowUp;
import dk.samvaer.collaboration.api.FollowUpCompleted;
import dk.samvaer.collaboration.api.MeetingCancelled;
import dk.samvaer.collaboration.api.MeetingHeld;
import dk.samvaer.collaboration.api.MeetingScheduled;
import dk.samvaer.collaboration.api.NetworkMeetingHeld;
import dk.samvaer.collaboration.api.SelfAssessmentRecorded;
import dk.samvaer.kernel.readmodel.ProjectionWrites;
import dk.samvaer.programme.api.CentreRegistered;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The strands of the programme as reports need them: centres, collaboration meetings and follow-ups, network
 * participation, buddies with their course, supervision and welcomes, and self-assessments. Counts only: no seat
 * names, no buddy handles, nothing about newcomers.
 */
@Component
@ProcessingGroup(ProjectYearProjection.GROUP)
public class StrandsProjection {

    private final ProjectionWrites writes;
    private final JdbcClient jdbc;
    private final RecordedFacts facts;

    public StrandsProjection(ProjectionWrites writes) {
        this.writes = writes;
        this.jdbc = writes.jdbc();
        this.facts = new RecordedFacts(writes);
    }

    @EventHandler
    void on(CentreRegistered e) {
        writes.update(
                "INSERT INTO reporting_centre (centre_id, municipality_code, name) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                e.centreId().value(),
                e.municipalityCode(),
                e.name());
    }

    @EventHandler
    void on(MeetingScheduled e, @Timestamp Instant recordedAt, TrackingToken token) {
        facts.meeting(
                e.meetingId().value(),
                Recorded.of(recordedAt, token),
                "SCHEDULED",
                e.municipalityCode(),
                e.scheduledFor(),
                null);
        writes.update(
                "INSERT INTO reporting_meeting (meeting_id, municipality_code, scheduled_for, status)"
                        + " VALUES (?, ?, ?, 'SCHEDULED') ON CONFLICT DO NOTHING",
                e.meetingId().value(),
                e.municipalityCode(),
                e.scheduledFor());
    }

    @EventHandler
    void on(MeetingHeld e, @Timestamp Instant recordedAt, TrackingToken token) {
        facts.meeting(e.meetingId().value(), Recorded.of(recordedAt, token), "HELD", null, null, e.heldOn());
        writes.update(
                "UPDATE reporting_meeting SET status = 'HELD', held_on = ? WHERE meeting_id = ?",
                e.heldOn(),
                e.meetingId().value());
        for (FollowUp followUp : e.followUps()) {
            writes.update(
                    "INSERT INTO reporting_follow_up (follow_up_id, meeting_id, municipality_code, meeting_held_on,"
                            + " due_on) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    followUp.followUpId(),
                    e.meetingId().value(),
                    e.municipalityCode(),
                    e.heldOn(),
                    followUp.dueOn());
        }
    }

    @EventHandler
    void on(MeetingCancelled e, @Timestamp Instant recordedAt, TrackingToken token) {
        facts.meeting(e.meetingId().value(), Recorded.of(recordedAt, token), "CANCELLED", null, null, null);
        writes.update(
                "UPDATE reporting_meeting SET status = 'CANCELLED' WHERE meeting_id = ?",
                e.meetingId().value());
    }

    @EventHandler
    void on(FollowUpCompleted e) {
        writes.update(
                "UPDATE reporting_follow_up SET completed_on = ? WHERE follow_up_id = ?",
                e.completedOn(),
                e.followUpId());
    }

    @EventHandler
    void on(NetworkMeetingHeld e, @Timestamp Instant recordedAt) {
        for (String code : e.municipalityCodes()) {
            writes.update(
                    "INSERT INTO reporting_network_participation (network_meeting_id, municipality_code, held_on,"
                            + " recorded_ns) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    e.networkMeetingId().value(),
                    code,
                    e.heldOn(),
                    Recorded.nanos(recordedAt));
        }
    }

    @EventHandler
    void on(BuddyEnrolled e, @Timestamp Instant recordedAt, TrackingToken token) {
        facts.buddy(
                e.buddyId().value(),
                Recorded.of(recordedAt, token),
                "ACTIVE",
                e.centreId().value(),
                e.municipalityCode(),
                null);
        writes.update(
                "INSERT INTO reporting_buddy (buddy_id, centre_id, municipality_code, status) VALUES (?, ?, ?, 'ACTIVE') ON CONFLICT DO NOTHING",
                e.buddyId().value(),
                e.centreId().value(),
                e.municipalityCode());
    }

    @EventHandler
    void on(BuddyCourseCompleted e, @Timestamp Instant recordedAt, TrackingToken token) {
        facts.buddy(e.buddyId().value(), Recorded.of(recordedAt, token), null, null, null, e.completedOn());
        writes.update(
                "UPDATE reporting_buddy SET course_completed_on = ? WHERE buddy_id = ?",
                e.completedOn(),
                e.buddyId().value());
    }

    @EventHandler
    void on(BuddyPaused e, @Timestamp Instant recordedAt, TrackingToken token) {
        buddyStatus(e.buddyId().value(), Recorded.of(recordedAt, token), "PAUSED");
    }

    @EventHandler
    void on(BuddyResumed e, @Timestamp Instant recordedAt, TrackingToken token) {
        buddyStatus(e.buddyId().value(), Recorded.of(recordedAt, token), "ACTIVE");
    }

    @EventHandler
    void on(BuddyRetired e, @Timestamp Instant recordedAt, TrackingToken token) {
        buddyStatus(e.buddyId().value(), Recorded.of(recordedAt, token), "RETIRED");
    }

    @EventHandler
    void on(SupervisionHeld e) {
        writes.update(
                "INSERT INTO reporting_supervision (session_id, centre_id, municipality_code, held_on) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                e.sessionId(),
                e.centreId().value(),
                e.municipalityCode(),
                e.heldOn());
    }

    @EventHandler
    void on(NewUserWelcomed e) {
        writes.update(
                "INSERT INTO reporting_welcome (welcome_id, centre_id, municipality_code, by_buddy, welcomed_on)"
                        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                e.welcomeId().value(),
                e.centreId().value(),
                e.municipalityCode(),
                e.buddyId() != null,
                e.welcomedOn());
    }

    @EventHandler
    void on(SelfAssessmentRecorded e, TrackingToken token) {
        writes.update(
                "INSERT INTO reporting_self_assessment (assessment_id, municipality_code, centre_id, assessed_on,"
                        + " position) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                e.assessmentId(),
                e.municipalityCode(),
                e.centreId() == null ? null : e.centreId().value(),
                e.assessedOn(),
                token == null ? 0 : token.position().orElse(0));
        e.practices()
                .forEach((practice, assessment) -> writes.update(
                        "INSERT INTO reporting_self_assessment_practice"
                                + " (assessment_id, practice, status) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                        e.assessmentId(),
                        practice.name(),
                        assessment.status().name()));
    }

    @ResetHandler
    public void reset() {
        for (String table : List.of(
                "reporting_self_assessment_practice",
                "reporting_self_assessment",
                "reporting_welcome",
                "reporting_supervision",
                "reporting_buddy",
                "reporting_network_participation",
                "reporting_follow_up",
                "reporting_meeting",
                "reporting_centre")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        facts.resetStrands();
    }

    private void buddyStatus(UUID buddyId, Recorded at, String status) {
        facts.buddy(buddyId, at, status, null, null, null);
        writes.update("UPDATE reporting_buddy SET status = ? WHERE buddy_id = ?", status, buddyId);
    }
}
