package dk.samvaer.collaboration.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;

/** The status of one best practice, with an optional note. */
public record PracticeAssessment(
        @Schema(example = "DO_MORE") PracticeStatus status,
        @Schema(example = "Posters reach the shelter, not yet the housing-support team") @Nullable String note) {}
