package dk.samvaer.activities.api;

import dk.samvaer.kernel.Page;
import dk.samvaer.kernel.Paging;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The activities' read model, for the REST API and the web pages alike: lists, one activity, and its logbook's
 * history. Eventually consistent; callers that just wrote wait with {@code ReadYourWrites}. The caller's scope is
 * the caller's to apply (the filter's municipalities, or a check on the activity's municipality).
 */
public interface ActivityReadModel {

    /** Filters of the activity list; any may be null. Dates bound the activity's date (held-on, else planned). */
    record Filter(Set<String> municipalityCodes, LocalDate from, LocalDate to, ActivityStatus status) {}

    Page<ActivityView> list(Filter filter, Paging paging);

    Optional<ActivityView> find(UUID id);

    /** The activity whose current public evaluation link has this token; none for a replaced or unknown one. */
    Optional<ActivityView> findByEvaluationToken(String token);

    /** The original logbook and every correction of an activity, oldest first. */
    List<LogbookVersion> logbookHistory(UUID activityId);

    /** One version of a logbook: the original or a correction with its reason. */
    public record LogbookVersion(
            @Schema(
                            example = "CORRECTION",
                            allowableValues = {"ORIGINAL", "CORRECTION"})
                    String kind,
            @Schema(example = "2025-05-01") LocalDate heldOn,
            @Schema(example = "19") int participants,
            @Schema(example = "5") int newParticipants,
            @Schema(example = "9") int formerlyHomeless,
            @Schema(example = "One participant arrived late and was not counted") @Nullable String reason,
            @Schema(example = "2025-05-02T08:15:00Z", description = "when it was recorded") Instant recordedAt) {}
}
