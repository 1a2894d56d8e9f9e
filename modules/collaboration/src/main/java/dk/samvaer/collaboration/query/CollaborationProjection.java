package dk.samvaer.collaboration.query;

import dk.samvaer.collaboration.api.CollaborationGroupCreated;
import dk.samvaer.collaboration.api.FollowUp;
import dk.samvaer.collaboration.api.FollowUpCompleted;
import dk.samvaer.collaboration.api.MeetingCancelled;
import dk.samvaer.collaboration.api.MeetingHeld;
import dk.samvaer.collaboration.api.MeetingScheduled;
import dk.samvaer.collaboration.api.MemberSeatAdded;
import dk.samvaer.collaboration.api.NetworkMeetingHeld;
import dk.samvaer.collaboration.api.OrganisationType;
import dk.samvaer.collaboration.api.SelfAssessmentRecorded;
import dk.samvaer.kernel.readmodel.ProjectionWrites;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps groups and seats, meetings with their items and follow-ups, network meetings and self-assessments. */
@Component
@ProcessingGroup(CollaborationProjection.GROUP)
class CollaborationProjection {

    static final String GROUP = "collaboration";

    private final ProjectionWrites writes;
    private final JdbcClient jdbc;

    CollaborationProjection(ProjectionWrites writes) {
        this.writes = writes;
        this.jdbc = writes.jdbc();
    }

    @EventHandler
    void on(CollaborationGroupCreated e) {
        writes.update(
                "INSERT INTO collaboration_group (group_id, municipality_code, level) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                e.groupId().value(),
                e.municipalityCode(),
                e.level().name());
    }

    @EventHandler
    void on(MemberSeatAdded e, TrackingToken token) {
        writes.update(
                "INSERT INTO collaboration_seat (seat_id, group_id, organisation_type, role_title, position)"
                        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                e.seatId(),
                e.groupId().value(),
                e.organisationType().name(),
                e.roleTitle(),
                position(token));
    }

    @EventHandler
    void on(MeetingScheduled e) {
        writes.update(
                "INSERT INTO collaboration_meeting (meeting_id, group_id, municipality_code, scheduled_for,"
                        + " coordinator_type, coordinator_title, purpose, status) VALUES (?, ?, ?, ?, ?, ?, ?, 'SCHEDULED') ON CONFLICT DO NOTHING",
                e.meetingId().value(),
                e.groupId().value(),
                e.municipalityCode(),
                e.scheduledFor(),
                e.coordinator().organisationType().name(),
                e.coordinator().roleTitle(),
                e.purpose());
        items(e.meetingId().value(), "AGENDA", e.agenda());
    }

    @EventHandler
    void on(MeetingHeld e) {
        String attending = e.attendingOrganisationTypes().stream()
                .map(OrganisationType::name)
                .sorted()
                .collect(Collectors.joining(","));
        writes.update(
                "UPDATE collaboration_meeting SET status = 'HELD', held_on = ?, attending = ?, next_meeting_on = ?"
                        + " WHERE meeting_id = ?",
                e.heldOn(),
                attending,
                e.nextMeetingOn(),
                e.meetingId().value());
        items(e.meetingId().value(), "DECISION", e.decisions());
        int position = 0;
        for (FollowUp followUp : e.followUps()) {
            writes.update(
                    "INSERT INTO collaboration_follow_up (follow_up_id, meeting_id, municipality_code, description,"
                            + " owner_type, owner_title, due_on, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    followUp.followUpId(),
                    e.meetingId().value(),
                    e.municipalityCode(),
                    followUp.description(),
                    followUp.owner().organisationType().name(),
                    followUp.owner().roleTitle(),
                    followUp.dueOn(),
                    position++);
        }
    }

    @EventHandler
    void on(MeetingCancelled e) {
        writes.update(
                "UPDATE collaboration_meeting SET status = 'CANCELLED', cancellation_reason = ? WHERE meeting_id = ?",
                e.reason(),
                e.meetingId().value());
    }

    @EventHandler
    void on(FollowUpCompleted e) {
        writes.update(
                "UPDATE collaboration_follow_up SET completed_on = ? WHERE follow_up_id = ?",
                e.completedOn(),
                e.followUpId());
    }

    @EventHandler
    void on(NetworkMeetingHeld e) {
        writes.update(
                "INSERT INTO collaboration_network_meeting (network_meeting_id, held_on, purpose) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                e.networkMeetingId().value(),
                e.heldOn(),
                e.purpose());
        for (String code : e.municipalityCodes()) {
            writes.update(
                    "INSERT INTO collaboration_network_participant (network_meeting_id, municipality_code)"
                            + " VALUES (?, ?) ON CONFLICT DO NOTHING",
                    e.networkMeetingId().value(),
                    code);
        }
    }

    @EventHandler
    void on(SelfAssessmentRecorded e, TrackingToken token) {
        writes.update(
                "INSERT INTO collaboration_self_assessment (assessment_id, municipality_code, centre_id, assessed_on,"
                        + " position) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                e.assessmentId(),
                e.municipalityCode(),
                e.centreId() == null ? null : e.centreId().value(),
                e.assessedOn(),
                position(token));
        e.practices()
                .forEach((practice, assessment) -> writes.update(
                        "INSERT INTO collaboration_self_assessment_practice (assessment_id, practice, status,"
                                + " note) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                        e.assessmentId(),
                        practice.name(),
                        assessment.status().name(),
                        assessment.note()));
    }

    @ResetHandler
    void reset() {
        for (String table : List.of(
                "collaboration_self_assessment_practice",
                "collaboration_self_assessment",
                "collaboration_network_participant",
                "collaboration_network_meeting",
                "collaboration_follow_up",
                "collaboration_meeting_item",
                "collaboration_meeting",
                "collaboration_seat",
                "collaboration_group")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }

    private void items(UUID meetingId, String kind, List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            writes.update(
                    "INSERT INTO collaboration_meeting_item (meeting_id, kind, position, text) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    meetingId,
                    kind,
                    i,
                    texts.get(i));
        }
    }

    /** The global position of the event, for "in the order recorded"; 0 where the token does not tell. */
    private static long position(TrackingToken token) {
        return token == null ? 0 : token.position().orElse(0);
    }
}
