package dk.samvaer.buddies.query;

import dk.samvaer.activities.api.HeardVia;
import dk.samvaer.buddies.api.BuddyId;
import dk.samvaer.buddies.api.BuddyReadModel;
import dk.samvaer.buddies.api.BuddyStatus;
import dk.samvaer.buddies.api.BuddyTask;
import dk.samvaer.buddies.api.WelcomeId;
import dk.samvaer.kernel.Page;
import dk.samvaer.kernel.Paging;
import dk.samvaer.kernel.readmodel.Where;
import dk.samvaer.programme.api.CentreId;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the buddy read models. {@code scope} is a set of municipality codes, {@code null} for all. */
@Component
public class BuddyQueries implements BuddyReadModel {

    private final JdbcClient jdbc;

    BuddyQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A buddy as staff see them: the handle, never a name. */
    public record BuddyView(
            @Schema(example = "4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b") UUID id,
            @Schema(example = "6fef8f7d-14c1-3cb2-a563-ba4867e368bb") UUID centreId,
            @Schema(example = "621") String municipalityCode,
            @Schema(example = "Ravnen") String handle,
            @Schema(example = "ACTIVE") BuddyStatus status,
            @Schema(example = "2025-02-20") @Nullable LocalDate courseCompletedOn,
            @Schema(example = "3") @Nullable Integer courseHours,
            Set<BuddyTask> tasks,
            @Schema(example = "4") long supervisionSessions,
            @Schema(example = "7") long welcomes,
            @Schema(example = "9") long version) {}

    /** A welcome of a new user; nothing about the newcomer but how they heard of the centre. */
    public record WelcomeView(
            @Schema(example = "5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c") UUID id,
            @Schema(example = "6fef8f7d-14c1-3cb2-a563-ba4867e368bb") UUID centreId,
            @Schema(example = "621") String municipalityCode,
            @Schema(example = "4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b", description = "null when staff welcomed")
                    @Nullable
                    UUID buddyId,
            @Schema(example = "2025-05-02") LocalDate welcomedOn,
            Set<HeardVia> heardVia,
            @Schema(example = "9f034e16-a0a2-3e0c-a616-540b7d2aaf77") @Nullable UUID activityId) {}

    public Page<BuddyView> buddies(Set<String> scope, UUID centreId, BuddyStatus status, Paging paging) {
        return new Where()
                .inScope("b.municipality_code", scope)
                .equal("b.centre_id", centreId)
                .equal("b.status", status == null ? null : status.name())
                .page(
                        jdbc,
                        BUDDY_COLUMNS,
                        BUDDY_TABLE,
                        "b.municipality_code, b.handle, b.buddy_id",
                        paging,
                        (rs, n) -> buddy(rs));
    }

    public Optional<BuddyView> buddy(UUID buddyId) {
        return jdbc.sql(SELECT_BUDDY + " WHERE b.buddy_id = :id")
                .param("id", buddyId)
                .query((rs, n) -> buddy(rs))
                .optional();
    }

    public Page<WelcomeView> welcomes(Set<String> scope, UUID centreId, LocalDate from, LocalDate to, Paging paging) {
        return new Where()
                .inScope("municipality_code", scope)
                .equal("centre_id", centreId)
                .atLeast("welcomed_on", from)
                .atMost("welcomed_on", to)
                .page(
                        jdbc,
                        "*",
                        "buddies_welcome",
                        "welcomed_on, welcome_id",
                        paging,
                        (rs, n) -> new WelcomeView(
                                rs.getObject("welcome_id", UUID.class),
                                rs.getObject("centre_id", UUID.class),
                                rs.getString("municipality_code"),
                                rs.getObject("buddy_id", UUID.class),
                                rs.getObject("welcomed_on", LocalDate.class),
                                split(rs.getString("heard_via"), HeardVia::valueOf),
                                rs.getObject("activity_id", UUID.class)));
    }

    @Override
    public Page<BuddySummary> buddySummaries(Set<String> scope, CentreId centreId, BuddyStatus status, Paging paging) {
        return new Where()
                .inScope("municipality_code", scope)
                .equal("centre_id", centreId == null ? null : centreId.value())
                .equal("status", status == null ? null : status.name())
                .page(
                        jdbc,
                        "buddy_id, centre_id, handle, status, course_completed_on",
                        "buddies_buddy",
                        "handle, buddy_id",
                        paging,
                        (rs, n) -> new BuddySummary(
                                new BuddyId(rs.getObject("buddy_id", UUID.class)),
                                new CentreId(rs.getObject("centre_id", UUID.class)),
                                rs.getString("handle"),
                                BuddyStatus.valueOf(rs.getString("status")),
                                rs.getObject("course_completed_on", LocalDate.class) != null));
    }

    @Override
    public Page<WelcomeSummary> latestWelcomes(Set<String> scope, Paging paging) {
        return new Where()
                .inScope("w.municipality_code", scope)
                .page(
                        jdbc,
                        "w.*, b.handle",
                        "buddies_welcome w LEFT JOIN buddies_buddy b ON b.buddy_id = w.buddy_id",
                        "w.welcomed_on DESC, w.welcome_id DESC",
                        paging,
                        (rs, n) -> {
                            UUID buddy = rs.getObject("buddy_id", UUID.class);
                            return new WelcomeSummary(
                                    new WelcomeId(rs.getObject("welcome_id", UUID.class)),
                                    new CentreId(rs.getObject("centre_id", UUID.class)),
                                    rs.getString("municipality_code"),
                                    rs.getObject("welcomed_on", LocalDate.class),
                                    buddy == null ? null : new BuddyId(buddy),
                                    rs.getString("handle"),
                                    split(rs.getString("heard_via"), HeardVia::valueOf));
                        });
    }

    private static final String BUDDY_COLUMNS = "b.*,"
            + " (SELECT COUNT(*) FROM buddies_supervision s WHERE s.buddy_id = b.buddy_id) AS supervision_sessions,"
            + " (SELECT COUNT(*) FROM buddies_welcome w WHERE w.buddy_id = b.buddy_id) AS welcome_count";
    private static final String BUDDY_TABLE = "buddies_buddy b";
    private static final String SELECT_BUDDY = "SELECT " + BUDDY_COLUMNS + " FROM " + BUDDY_TABLE;

    private static BuddyView buddy(ResultSet rs) throws SQLException {
        return new BuddyView(
                rs.getObject("buddy_id", UUID.class),
                rs.getObject("centre_id", UUID.class),
                rs.getString("municipality_code"),
                rs.getString("handle"),
                BuddyStatus.valueOf(rs.getString("status")),
                rs.getObject("course_completed_on", LocalDate.class),
                (Integer) rs.getObject("course_hours"),
                split(rs.getString("tasks"), BuddyTask::valueOf),
                rs.getLong("supervision_sessions"),
                rs.getLong("welcome_count"),
                rs.getLong("version"));
    }

    private static <T> Set<T> split(String joined, java.util.function.Function<String, T> parse) {
        if (joined == null || joined.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(joined.split(",")).map(parse).collect(Collectors.toSet());
    }
}
