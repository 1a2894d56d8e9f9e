package dk.samvaer.activities.query;

import dk.samvaer.activities.api.ActivityReadModel;
import dk.samvaer.activities.api.ActivityStatus;
import dk.samvaer.activities.api.ActivityView;
import dk.samvaer.activities.api.Category;
import dk.samvaer.activities.api.HeardVia;
import dk.samvaer.activities.api.Setting;
import dk.samvaer.kernel.Page;
import dk.samvaer.kernel.Paging;
import dk.samvaer.kernel.readmodel.Where;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the activities read models. */
@Component
public class ActivityQueries implements ActivityReadModel {

    private static final String COLUMNS = "activity_id, centre_id, municipality_code, title, category, setting,"
            + " starts_at, description, cost_per_participant, transport, accessibility_notes, status, held_on,"
            + " participants, new_participants, formerly_homeless, corrections, cancellation_reason, evaluations,"
            + " version, evaluation_token";

    private final JdbcClient jdbc;

    ActivityQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Page<ActivityView> list(Filter filter, Paging paging) {
        return new Where()
                .inScope("municipality_code", filter.municipalityCodes())
                .atLeast("activity_date", filter.from())
                .atMost("activity_date", filter.to())
                .equal(
                        "status",
                        filter.status() == null ? null : filter.status().name())
                .page(
                        jdbc,
                        COLUMNS,
                        "activities_activity",
                        "activity_date, starts_at, activity_id",
                        paging,
                        (rs, n) -> view(rs));
    }

    @Override
    public Optional<ActivityView> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM activities_activity WHERE activity_id = ?")
                .param(id)
                .query((rs, n) -> view(rs))
                .optional();
    }

    @Override
    public Optional<ActivityView> findByEvaluationToken(String token) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM activities_activity WHERE evaluation_token = ?")
                .param(token)
                .query((rs, n) -> view(rs))
                .optional();
    }

    @Override
    public List<LogbookVersion> logbookHistory(UUID activityId) {
        return jdbc.sql("SELECT kind, held_on, participants, new_participants, formerly_homeless, reason, recorded_at"
                        + " FROM activities_logbook_entry WHERE activity_id = ? ORDER BY sequence_number")
                .param(activityId)
                .query((rs, n) -> new LogbookVersion(
                        rs.getString("kind"),
                        rs.getObject("held_on", LocalDate.class),
                        rs.getInt("participants"),
                        rs.getInt("new_participants"),
                        rs.getInt("formerly_homeless"),
                        rs.getString("reason"),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    public Optional<EvaluationView> evaluation(UUID activityId, UUID evaluationId) {
        return jdbc.sql("SELECT evaluation_id, heard_via, would_join_again, recorded_at FROM activities_evaluation"
                        + " WHERE activity_id = ? AND evaluation_id = ?")
                .params(activityId, evaluationId)
                .query((rs, n) -> new EvaluationView(
                        rs.getObject("evaluation_id", UUID.class),
                        heardVia(rs.getString("heard_via")),
                        (Boolean) rs.getObject("would_join_again"),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    private static Set<HeardVia> heardVia(String joined) {
        if (joined == null || joined.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(joined.split(",")).map(HeardVia::valueOf).collect(Collectors.toSet());
    }

    private static ActivityView view(ResultSet rs) throws SQLException {
        LocalDate heldOn = rs.getObject("held_on", LocalDate.class);
        ActivityView.Logbook logbook = heldOn == null
                ? null
                : new ActivityView.Logbook(
                        heldOn,
                        rs.getInt("participants"),
                        rs.getInt("new_participants"),
                        rs.getInt("formerly_homeless"));
        return new ActivityView(
                rs.getObject("activity_id", UUID.class),
                rs.getObject("centre_id", UUID.class),
                rs.getString("municipality_code"),
                rs.getString("title"),
                Category.valueOf(rs.getString("category")),
                Setting.valueOf(rs.getString("setting")),
                OffsetDateTime.parse(rs.getString("starts_at")),
                rs.getString("description"),
                rs.getBigDecimal("cost_per_participant"),
                rs.getString("transport"),
                rs.getString("accessibility_notes"),
                ActivityStatus.valueOf(rs.getString("status")),
                logbook,
                rs.getInt("corrections"),
                rs.getString("cancellation_reason"),
                rs.getInt("evaluations"),
                rs.getLong("version"),
                ActivityView.evaluationLink(rs.getString("evaluation_token")));
    }

    /** One anonymous participant evaluation. */
    public record EvaluationView(
            @Schema(example = "5f24eca6-2633-4c5c-b832-ae1d2e83ffa9") UUID id,
            Set<HeardVia> heardVia,
            @Schema(example = "true", description = "null when unanswered") @Nullable Boolean wouldJoinAgain,
            @Schema(example = "2025-05-01T14:02:11Z") Instant recordedAt) {}
}
