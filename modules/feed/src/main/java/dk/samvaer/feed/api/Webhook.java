package dk.samvaer.feed.api;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;

/**
 * A webhook subscription as its owner sees it (never with its secret): where events are sent, which, how far delivery
 * has come, and whether it is paused.
 */
@Schema(name = "Webhook")
public record Webhook(
        @Schema(example = "7c9e6679-7425-40de-944b-e07fc1f90ae7") String id,
        @Schema(example = "https://data.kolding.dk/samvaer/webhooks") String url,
        @ArraySchema(
                        arraySchema =
                                @Schema(
                                        example = "[\"ActivityHeld\", \"EscortProvided\"]",
                                        description = "the event types sent; empty for every type"))
                List<String> eventTypes,
        @ArraySchema(
                        arraySchema =
                                @Schema(
                                        example = "[\"621\"]",
                                        description = "the municipalities whose events are sent; empty for every"
                                                + " municipality (and the programme's own events)"))
                List<String> municipalityCodes,
        @Schema(example = "ACTIVE") WebhookStatus status,
        @Schema(
                        example = "Delivery of position 1042 (ActivityHeld) has failed since 2025-05-01T18:02:12Z"
                                + " (31 attempts); last error: HTTP 503",
                        description = "why it was paused; null while active")
                @Nullable
                String pausedReason,
        @Schema(example = "2025-05-02T18:02:12Z") @Nullable Instant pausedAt,
        @Schema(example = "1000", description = "events after this position of the log are sent") long startPosition,
        @Schema(example = "1042", description = "the position of the last event delivered; null before the first")
                @Nullable
                Long lastDeliveredPosition,
        @Schema(example = "3", description = "deliveries not yet delivered (pending or failed)") long lag,
        @Schema(
                        example = "2025-05-01T18:02:11.123Z",
                        description = "when the oldest event not yet delivered was recorded; null when none waits")
                @Nullable
                Instant pendingSince,
        @Schema(example = "2025-04-30T09:00:00Z") Instant createdAt,
        @Schema(example = "leader-kolding") String createdBy) {}
