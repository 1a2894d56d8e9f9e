package dk.samvaer.reporting.api;

import dk.samvaer.programme.api.Arm;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;

/**
 * Collaboration in a project year: meetings planned (scheduled for a date in the year) against held, and the
 * follow-ups of the meetings held that year: completed, open, and of those open the overdue on {@code asOf}.
 */
public record CollaborationReport(
        @Schema(example = "2025") int year,
        @Schema(example = "2026-01-15") @Nullable LocalDate asOf,
        List<MunicipalityCollaboration> municipalities) {

    /** One municipality's collaboration figures. */
    public record MunicipalityCollaboration(
            @Schema(example = "621") String municipalityCode,
            @Schema(example = "Kolding") String municipalityName,
            @Schema(example = "TEST") Arm arm,
            @Schema(example = "7") long meetingsPlanned,
            @Schema(example = "6") long meetingsHeld,
            @Schema(example = "1") long meetingsCancelled,
            @Schema(example = "12") long followUpsCompleted,
            @Schema(example = "3") long followUpsOpen,
            @Schema(example = "1") long followUpsOverdue) {}
}
