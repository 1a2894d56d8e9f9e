package dk.samvaer.activities.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An activity as the read model holds it; {@code logbook} is null until held. */
public record ActivityView(
        @Schema(example = "9f034e16-a0a2-3e0c-a616-540b7d2aaf77") UUID id,
        @Schema(example = "3f1c2a9e-6a55-4d5e-9d57-0c6f2b1f7a10") UUID centreId,
        @Schema(example = "621") String municipalityCode,
        @Schema(example = "Fisketur") String title,
        @Schema(example = "OUTDOOR") Category category,
        @Schema(example = "OFF_SITE") Setting setting,
        @Schema(example = "2025-05-01T10:00:00+02:00", description = "as planned, with its UTC offset")
                OffsetDateTime startsAt,
        @Schema(example = "Fishing at the harbour; rods and coffee provided") @Nullable String description,
        @Schema(example = "25.00") @Nullable BigDecimal costPerParticipant,
        @Schema(example = "The centre's minibus from 9:30") @Nullable String transport,
        @Schema(example = "Level path; benches along the pier") @Nullable String accessibilityNotes,
        @Schema(example = "HELD") ActivityStatus status,
        @Schema(description = "The current logbook; null until the activity was held") @Nullable Logbook logbook,
        @Schema(example = "1", description = "how often the logbook was corrected") int corrections,
        @Schema(example = "Storm warning; the boat stays in port") @Nullable String cancellationReason,
        @Schema(example = "7") int evaluations,
        @Schema(example = "3", description = "the aggregate version, also sent as ETag") long version,
        @Schema(
                        example = "/e/q3J8Vt1dZk2mX0aP4rN7wQ",
                        description = "The public evaluation link for participants (a path on this service; show it as"
                                + " a QR code). Null for an activity planned before links existed: issue one with"
                                + " POST …/evaluation-link")
                @Nullable
                String evaluationLink) {

    /** The path of the public evaluation page for a token. */
    public static final String EVALUATION_PATH = "/e/";

    /** The link of a token, or null without one. */
    public static String evaluationLink(String token) {
        return token == null ? null : EVALUATION_PATH + token;
    }

    /** The current logbook of a held activity. */
    public record Logbook(
            @Schema(example = "2025-05-01") LocalDate heldOn,
            @Schema(example = "18") int participants,
            @Schema(example = "5") int newParticipants,
            @Schema(example = "9") int formerlyHomeless) {

        /** The figures a logbook event carries. */
        public static Logbook of(LogbookFigures figures) {
            return new Logbook(
                    figures.heldOn(), figures.participants(), figures.newParticipants(), figures.formerlyHomeless());
        }
    }
}
