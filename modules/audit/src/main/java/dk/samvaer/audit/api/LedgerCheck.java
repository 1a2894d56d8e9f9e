package dk.samvaer.audit.api;

import jakarta.annotation.Nullable;

/** Checks that history was not changed: the tamper-evidence ledger's verification, for the API and the pages alike. */
public interface LedgerCheck {

    /**
     * Recomputes every chained event's hash and the chain from the store and compares them with the ledger and its
     * checkpoints, and with a checkpoint kept outside the system when both {@code position} and {@code chainHash} are
     * given.
     */
    LedgerVerification verify(@Nullable Long position, @Nullable String chainHash);
}
