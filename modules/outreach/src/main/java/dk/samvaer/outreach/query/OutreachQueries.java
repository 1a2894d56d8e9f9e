package dk.samvaer.outreach.query;

import dk.samvaer.activities.api.ActivityId;
import dk.samvaer.kernel.Page;
import dk.samvaer.kernel.Paging;
import dk.samvaer.kernel.readmodel.Where;
import dk.samvaer.outreach.api.Channel;
import dk.samvaer.outreach.api.ReferralStatus;
import dk.samvaer.outreach.api.Service;
import dk.samvaer.outreach.api.VisibilityActionId;
import dk.samvaer.outreach.api.VisibilityKind;
import dk.samvaer.outreach.api.VisibilityReadModel;
import dk.samvaer.programme.api.CentreId;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the outreach read models. */
@Component
public class OutreachQueries implements VisibilityReadModel {

    private final JdbcClient jdbc;

    OutreachQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An escort as its poster reads it back; never the citizen reference. */
    public record EscortView(
            @Schema(example = "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e") UUID id,
            @Schema(example = "621") String municipalityCode,
            @Schema(example = "SECTION_99") Service service,
            @Schema(example = "6fef8f7d-14c1-3cb2-a563-ba4867e368bb") UUID centreId,
            @Schema(example = "9f034e16-a0a2-3e0c-a616-540b7d2aaf77") @Nullable UUID activityId,
            @Schema(example = "2025-05-01") LocalDate escortedOn,
            @Schema(example = "nexus-kolding") String sourceSystem,
            @Schema(example = "E-1001") String externalId,
            @Schema(example = "nexus-kolding", description = "the client (API key or token) that posted it")
                    String postedBy) {}

    /** A referral and its result so far. */
    public record ReferralView(
            @Schema(example = "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e") UUID id,
            @Schema(example = "621") String municipalityCode,
            @Schema(example = "AUTHORITY") Service service,
            @Schema(example = "6fef8f7d-14c1-3cb2-a563-ba4867e368bb") UUID centreId,
            @Schema(example = "2025-04-20") LocalDate referredOn,
            @Schema(example = "ARRIVED") ReferralStatus status,
            @Schema(example = "2025-04-22") @Nullable LocalDate acceptedOn,
            @Schema(example = "2025-04-29") @Nullable LocalDate arrivedOn,
            @Schema(example = "2025-05-02") @Nullable LocalDate declinedOn,
            @Schema(example = "2025-06-30") @Nullable LocalDate expiredOn,
            @Schema(example = "No capacity this month") @Nullable String reason,
            @Schema(example = "9") @Nullable Long daysToArrival,
            @Schema(example = "nexus-kolding") String sourceSystem,
            @Schema(example = "R-2001") String externalId,
            @Schema(example = "nexus-kolding") String postedBy) {}

    /** A visibility action of a centre. */
    public record VisibilityView(
            @Schema(example = "3c4d5e6f-7a8b-4c9d-8e0f-2a3b4c5d6e7f") UUID id,
            @Schema(example = "6fef8f7d-14c1-3cb2-a563-ba4867e368bb") UUID centreId,
            @Schema(example = "621") String municipalityCode,
            @Schema(example = "SOCIAL_MEDIA_POST") VisibilityKind kind,
            @Schema(example = "FACEBOOK") @Nullable Channel channel,
            @Schema(example = "9f034e16-a0a2-3e0c-a616-540b7d2aaf77") @Nullable UUID activityId,
            @Schema(example = "2025-04-25") LocalDate takenOn,
            @Schema(example = "Opslag om fisketuren") @Nullable String description) {}

    public Optional<EscortView> escort(UUID id) {
        return jdbc.sql("SELECT * FROM outreach_escort WHERE escort_id = ?")
                .param(id)
                .query((rs, n) -> new EscortView(
                        id,
                        rs.getString("municipality_code"),
                        Service.valueOf(rs.getString("service")),
                        rs.getObject("centre_id", UUID.class),
                        rs.getObject("activity_id", UUID.class),
                        rs.getObject("escorted_on", LocalDate.class),
                        rs.getString("source_system"),
                        rs.getString("external_id"),
                        rs.getString("posted_by")))
                .optional();
    }

    public Optional<ReferralView> referral(UUID id) {
        return jdbc.sql("SELECT * FROM outreach_referral WHERE referral_id = ?")
                .param(id)
                .query((rs, n) -> new ReferralView(
                        id,
                        rs.getString("municipality_code"),
                        Service.valueOf(rs.getString("service")),
                        rs.getObject("centre_id", UUID.class),
                        rs.getObject("referred_on", LocalDate.class),
                        ReferralStatus.valueOf(rs.getString("status")),
                        rs.getObject("accepted_on", LocalDate.class),
                        rs.getObject("arrived_on", LocalDate.class),
                        rs.getObject("declined_on", LocalDate.class),
                        rs.getObject("expired_on", LocalDate.class),
                        rs.getString("reason"),
                        (Long) rs.getObject("days_to_arrival", Long.class),
                        rs.getString("source_system"),
                        rs.getString("external_id"),
                        rs.getString("posted_by")))
                .optional();
    }

    public Page<VisibilityView> visibilityActions(
            Set<String> scope, UUID centreId, LocalDate from, LocalDate to, Paging paging) {
        return new Where()
                .inScope("municipality_code", scope)
                .equal("centre_id", centreId)
                .atLeast("taken_on", from)
                .atMost("taken_on", to)
                .page(
                        jdbc,
                        "*",
                        "outreach_visibility_action",
                        "taken_on, action_id",
                        paging,
                        (rs, n) -> new VisibilityView(
                                rs.getObject("action_id", UUID.class),
                                rs.getObject("centre_id", UUID.class),
                                rs.getString("municipality_code"),
                                VisibilityKind.valueOf(rs.getString("kind")),
                                rs.getString("channel") == null ? null : Channel.valueOf(rs.getString("channel")),
                                rs.getObject("activity_id", UUID.class),
                                rs.getObject("taken_on", LocalDate.class),
                                rs.getString("description")));
    }

    @Override
    public Page<VisibilityActionSummary> latestVisibilityActions(Set<String> scope, Paging paging) {
        return new Where()
                .inScope("municipality_code", scope)
                .page(jdbc, "*", "outreach_visibility_action", "taken_on DESC, action_id DESC", paging, (rs, n) -> {
                    UUID activity = rs.getObject("activity_id", UUID.class);
                    return new VisibilityActionSummary(
                            new VisibilityActionId(rs.getObject("action_id", UUID.class)),
                            new CentreId(rs.getObject("centre_id", UUID.class)),
                            rs.getString("municipality_code"),
                            VisibilityKind.valueOf(rs.getString("kind")),
                            rs.getString("channel") == null ? null : Channel.valueOf(rs.getString("channel")),
                            activity == null ? null : new ActivityId(activity),
                            rs.getObject("taken_on", LocalDate.class),
                            rs.getString("description"));
                });
    }
}
