package dk.samvaer.audit.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import java.time.Instant;

/** The answer of a ledger verification: whether every chained event still matches, and if not, the first that does not. */
public record LedgerVerification(
        @Schema(example = "true") boolean ok,
        @Schema(example = "1208") long checkedEvents,
        @Schema(example = "1208", description = "the last position the ledger covers") long ledgerPosition,
        @Schema(example = "7d0c…", description = "the chain hash at ledgerPosition, to publish outside the system")
                String chainHash,
        @Nullable Mismatch firstMismatch,
        @Nullable ExternalCheckpoint externalCheckpoint) {

    /** The first position whose content no longer matches the ledger's chain. */
    public record Mismatch(
            @Schema(example = "1042") long position,
            @Schema(
                            example = "content-changed",
                            allowableValues = {
                                "content-changed",
                                "event-missing",
                                "ledger-changed",
                                "checkpoint-mismatch"
                            })
                    String reason,
            @Schema(example = "9b1e…") String expectedHash,
            @Schema(example = "04aa…") String actualHash) {}

    /** The result of checking a checkpoint the auditor kept outside the system. */
    public record ExternalCheckpoint(
            @Schema(example = "1200") long position,
            @Schema(example = "7d0c…") String chainHash,
            @Schema(example = "true") boolean matches) {}

    /** A checkpoint as kept by the ledger. */
    public record Checkpoint(
            @Schema(example = "1200") long position,
            @Schema(example = "7d0c…") String chainHash,
            @Schema(example = "1200") long events,
            @Schema(example = "2025-12-31T23:00:02Z") Instant createdAt) {}
}
