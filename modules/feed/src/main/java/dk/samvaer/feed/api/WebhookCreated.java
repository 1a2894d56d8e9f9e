package dk.samvaer.feed.api;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer to a new webhook subscription: its id, its signing secret (shown here once and never again: keep it to
 * verify {@code webhook-signature}), and the subscription as {@code GET} shows it.
 */
@Schema(name = "WebhookCreated")
public record WebhookCreated(
        @Schema(example = "7c9e6679-7425-40de-944b-e07fc1f90ae7") String id,
        @Schema(
                        example = "whsec_c2FtdmFlci1leGFtcGxlLWtleS0xMjM0NTY3OA==",
                        description = "the signing secret: whsec_ and the base64 of the HMAC-SHA256 key; shown only"
                                + " in this answer")
                String secret,
        Webhook webhook) {}
