package dk.samvaer.collaboration.query;

import dk.samvaer.collaboration.api.BestPractice;
import dk.samvaer.collaboration.api.Level;
import dk.samvaer.collaboration.api.MeetingStatus;
import dk.samvaer.collaboration.api.OrganisationType;
import dk.samvaer.collaboration.api.PracticeAssessment;
import dk.samvaer.collaboration.api.PracticeStatus;
import dk.samvaer.collaboration.api.Seat;
import dk.samvaer.collaboration.query.CollaborationViews.FollowUpView;
import dk.samvaer.collaboration.query.CollaborationViews.GroupView;
import dk.samvaer.collaboration.query.CollaborationViews.MeetingView;
import dk.samvaer.collaboration.query.CollaborationViews.NetworkMeetingView;
import dk.samvaer.collaboration.query.CollaborationViews.SeatView;
import dk.samvaer.collaboration.query.CollaborationViews.SelfAssessmentView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the collaboration read models. {@code scope} is a set of municipality codes, {@code null} for all. */
@Component
public class CollaborationQueries {

    private final JdbcClient jdbc;

    CollaborationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<GroupView> groups(Set<String> scope) {
        if (scope != null && scope.isEmpty()) {
            return List.of();
        }
        String where = scope == null ? "" : " WHERE municipality_code IN (:codes)";
        return jdbc
                .sql("SELECT group_id FROM collaboration_group" + where + " ORDER BY municipality_code, level")
                .paramSource(scope == null ? Map.of() : Map.of("codes", scope))
                .query(UUID.class)
                .list()
                .stream()
                .map(id -> group(id).orElseThrow())
                .toList();
    }

    public Optional<GroupView> group(UUID groupId) {
        return jdbc.sql("SELECT group_id, municipality_code, level FROM collaboration_group WHERE group_id = ?")
                .param(groupId)
                .query((rs, n) -> new GroupView(
                        groupId,
                        rs.getString("municipality_code"),
                        Level.valueOf(rs.getString("level")),
                        seats(groupId)))
                .optional();
    }

    private List<SeatView> seats(UUID groupId) {
        return jdbc.sql("SELECT s.seat_id, s.organisation_type, s.role_title, n.display_name FROM collaboration_seat s"
                        + " LEFT JOIN collaboration_seat_display_name n ON n.seat_id = s.seat_id"
                        + " WHERE s.group_id = ? ORDER BY s.position, s.role_title")
                .param(groupId)
                .query((rs, n) -> new SeatView(
                        rs.getObject("seat_id", UUID.class),
                        OrganisationType.valueOf(rs.getString("organisation_type")),
                        rs.getString("role_title"),
                        rs.getString("display_name")))
                .list();
    }

    public List<MeetingView> meetings(UUID groupId) {
        return jdbc
                .sql(
                        "SELECT meeting_id FROM collaboration_meeting WHERE group_id = ? ORDER BY scheduled_for, meeting_id")
                .param(groupId)
                .query(UUID.class)
                .list()
                .stream()
                .map(id -> meeting(id).orElseThrow())
                .toList();
    }

    public Optional<MeetingView> meeting(UUID meetingId) {
        Map<String, List<String>> items = new HashMap<>();
        jdbc.sql("SELECT kind, text FROM collaboration_meeting_item WHERE meeting_id = ? ORDER BY kind, position")
                .param(meetingId)
                .query(rs -> {
                    items.computeIfAbsent(rs.getString("kind"), k -> new ArrayList<>())
                            .add(rs.getString("text"));
                });
        return jdbc.sql("SELECT * FROM collaboration_meeting WHERE meeting_id = ?")
                .param(meetingId)
                .query((rs, n) -> new MeetingView(
                        meetingId,
                        rs.getObject("group_id", UUID.class),
                        rs.getString("municipality_code"),
                        rs.getObject("scheduled_for", LocalDate.class),
                        new Seat(
                                OrganisationType.valueOf(rs.getString("coordinator_type")),
                                rs.getString("coordinator_title")),
                        rs.getString("purpose"),
                        items.getOrDefault("AGENDA", List.of()),
                        MeetingStatus.valueOf(rs.getString("status")),
                        rs.getObject("held_on", LocalDate.class),
                        organisationTypes(rs.getString("attending")),
                        items.getOrDefault("DECISION", List.of()),
                        followUps(meetingId),
                        rs.getObject("next_meeting_on", LocalDate.class),
                        rs.getString("cancellation_reason")))
                .optional();
    }

    private List<FollowUpView> followUps(UUID meetingId) {
        return jdbc.sql("SELECT * FROM collaboration_follow_up WHERE meeting_id = ? ORDER BY position")
                .param(meetingId)
                .query((rs, n) -> new FollowUpView(
                        rs.getObject("follow_up_id", UUID.class),
                        rs.getString("description"),
                        new Seat(OrganisationType.valueOf(rs.getString("owner_type")), rs.getString("owner_title")),
                        rs.getObject("due_on", LocalDate.class),
                        rs.getObject("completed_on", LocalDate.class)))
                .list();
    }

    /** Network meetings in which a municipality of the scope took part; participants limited to the scope. */
    public List<NetworkMeetingView> networkMeetings(Set<String> scope) {
        Map<UUID, NetworkMeetingView> meetings = new LinkedHashMap<>();
        jdbc.sql("SELECT m.network_meeting_id, m.held_on, m.purpose, p.municipality_code"
                        + " FROM collaboration_network_meeting m JOIN collaboration_network_participant p"
                        + " ON p.network_meeting_id = m.network_meeting_id ORDER BY m.held_on, m.network_meeting_id,"
                        + " p.municipality_code")
                .query(rs -> {
                    String code = rs.getString("municipality_code");
                    if (scope != null && !scope.contains(code)) {
                        return;
                    }
                    UUID id = rs.getObject("network_meeting_id", UUID.class);
                    NetworkMeetingView view = meetings.computeIfAbsent(id, key -> {
                        try {
                            return new NetworkMeetingView(
                                    key,
                                    rs.getObject("held_on", LocalDate.class),
                                    rs.getString("purpose"),
                                    new ArrayList<>());
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    view.municipalityCodes().add(code);
                });
        return List.copyOf(meetings.values());
    }

    /** The self-assessments of a municipality, or of one of its centres, newest first. */
    public List<SelfAssessmentView> selfAssessments(String municipalityCode, UUID centreId) {
        String centre = centreId == null ? " AND centre_id IS NULL" : " AND centre_id = :centre";
        Map<String, Object> params = new HashMap<>();
        params.put("code", municipalityCode);
        if (centreId != null) {
            params.put("centre", centreId);
        }
        List<SelfAssessmentView> views = new ArrayList<>();
        jdbc.sql("SELECT assessment_id, municipality_code, centre_id, assessed_on FROM collaboration_self_assessment"
                        + " WHERE municipality_code = :code" + centre + " ORDER BY assessed_on DESC, position DESC")
                .paramSource(params)
                .query(rs -> {
                    views.add(assessment(rs));
                });
        return views;
    }

    private SelfAssessmentView assessment(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("assessment_id", UUID.class);
        Map<BestPractice, PracticeAssessment> practices = new EnumMap<>(BestPractice.class);
        jdbc.sql("SELECT practice, status, note FROM collaboration_self_assessment_practice WHERE assessment_id = ?")
                .param(id)
                .query(row -> {
                    practices.put(
                            BestPractice.valueOf(row.getString("practice")),
                            new PracticeAssessment(
                                    PracticeStatus.valueOf(row.getString("status")), row.getString("note")));
                });
        return new SelfAssessmentView(
                id,
                rs.getString("municipality_code"),
                rs.getObject("centre_id", UUID.class),
                rs.getObject("assessed_on", LocalDate.class),
                practices);
    }

    private static Set<OrganisationType> organisationTypes(String joined) {
        if (joined == null || joined.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(joined.split(","))
                .map(OrganisationType::valueOf)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
