package dk.samvaer.feed.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One domain event in the feed's public shape. {@code data} holds the fields of the event record of that name in its
 * context's {@code api} package at {@code version} (the event's revision; a changed shape gets a new version), upcast
 * to the current revision however it was stored. Citizen pseudonyms are left out unless the caller's role may see them.
 */
@Schema(name = "FeedItem")
public record FeedItem(
        @Schema(example = "1042", description = "the event's global position; continue after it") long position,
        @Schema(
                        example = "5d6e7f80-1a2b-4c3d-9e8f-0a1b2c3d4e5f",
                        description = "the event's id, the same in every copy")
                String id,
        @Schema(example = "ActivityHeld") String type,
        @Schema(example = "1", description = "the version of the public shape of this type") String version,
        @Schema(example = "2025-05-01", description = "the date the fact is about, where it has one") @Nullable
                LocalDate occurredOn,
        @Schema(example = "2025-05-01T18:02:11.123Z") Instant recordedAt,
        @Schema(example = "621", description = "null for an event of the whole programme") @Nullable
                String municipalityCode,
        @Schema(
                        example = "{\"activityId\": \"9f034e16-a0a2-3e0c-a616-540b7d2aaf77\", \"municipalityCode\":"
                                + " \"621\", \"heldOn\": \"2025-05-01\", \"participants\": 18, \"newParticipants\": 5,"
                                + " \"formerlyHomeless\": 9}")
                Map<String, Object> data) {}
