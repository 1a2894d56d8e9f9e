package dk.samvaer.reporting.api;

import dk.samvaer.collaboration.api.BestPractice;
import dk.samvaer.collaboration.api.PracticeStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The latest best-practice self-assessment of each municipality (and centre), what changed since the one before, and
 * every assessment before it.
 */
public record SelfAssessmentReport(List<Subject> subjects) {

    /** The latest assessment of a municipality, or of one of its centres. */
    public record Subject(
            @Schema(example = "621") String municipalityCode,
            @Schema(example = "Kolding") String municipalityName,
            @Schema(example = "6fef8f7d-14c1-3cb2-a563-ba4867e368bb", description = "null for the municipality itself")
                    @Nullable
                    UUID centreId,
            @Schema(example = "2025-09-01") LocalDate assessedOn,
            Map<BestPractice, PracticeStatus> practices,
            @Schema(example = "2025-03-01", description = "null when this is the first assessment") @Nullable
                    LocalDate previousAssessedOn,
            List<Change> changes,
            @Schema(description = "Every assessment of this subject, oldest first (the latest included)")
                    List<Assessment> history) {}

    /** One assessment: the status of each practice on a day. */
    @Schema(name = "SelfAssessmentHistoryEntry", description = "One assessment: the status of each practice on a day")
    public record Assessment(
            @Schema(example = "2025-03-01") LocalDate assessedOn, Map<BestPractice, PracticeStatus> practices) {}

    /** A practice whose status differs from the previous assessment. */
    public record Change(
            @Schema(example = "GOOD_WELCOME") BestPractice practice,
            @Schema(example = "AIM_FOR_LATER") PracticeStatus from,
            @Schema(example = "ALREADY_DO") PracticeStatus to) {}
}
