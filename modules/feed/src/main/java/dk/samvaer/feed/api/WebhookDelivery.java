package dk.samvaer.feed.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import java.time.Instant;

/** One event's delivery to one subscription: the delivery log's line. */
@Schema(name = "WebhookDelivery")
public record WebhookDelivery(
        @Schema(example = "1042", description = "the event's position in the log (and the feed)") long position,
        @Schema(example = "5d6e7f80-1a2b-4c3d-9e8f-0a1b2c3d4e5f", description = "the event's id, sent as webhook-id")
                String eventId,
        @Schema(example = "ActivityHeld") String type,
        @Schema(example = "2025-05-01T18:02:11.123Z", description = "when the event was recorded") Instant recordedAt,
        @Schema(example = "DELIVERED") WebhookDeliveryStatus status,
        @Schema(example = "3", description = "attempts so far") int attempts,
        @Schema(example = "HTTP 500", description = "why the last failed attempt failed; null if none failed") @Nullable
                String lastError,
        @Schema(example = "2025-05-01T18:02:14Z") @Nullable Instant lastAttemptAt,
        @Schema(
                        example = "2025-05-01T18:02:25Z",
                        description =
                                "when it may be tried next, once every earlier delivery of the subscription is made;"
                                        + " null once delivered or failed")
                @Nullable
                Instant nextAttemptAt,
        @Schema(example = "2025-05-01T18:02:14Z") @Nullable Instant deliveredAt) {}
