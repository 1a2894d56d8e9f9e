package dk.samvaer.audit.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One stored event as auditors see it: its global position, type and revision, the aggregate and sequence, when it
 * was recorded, the date it is about (where it has one), its metadata and its payload, exactly as stored.
 */
public record EventEntry(
        @Schema(example = "1042") long position,
        @Schema(example = "5d6e7f80-1a2b-4c3d-9e8f-0a1b2c3d4e5f") String eventId,
        @Schema(example = "ActivityHeld") String type,
        @Schema(example = "dk.samvaer.activities.api.ActivityHeld") String payloadType,
        @Schema(example = "1") String revision,
        @Schema(example = "Activity") String aggregateType,
        @Schema(example = "9f034e16-a0a2-3e0c-a616-540b7d2aaf77") String aggregateId,
        @Schema(example = "1") long sequence,
        @Schema(example = "2025-05-01T18:02:11.123Z") Instant recordedAt,
        @Schema(example = "2025-05-01", description = "the date the fact is about, where it has one") @Nullable
                LocalDate occurredOn,
        Map<String, Object> metadata,
        Map<String, Object> payload) {}
