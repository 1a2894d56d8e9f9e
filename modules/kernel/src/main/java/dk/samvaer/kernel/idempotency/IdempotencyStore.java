package dk.samvaer.kernel.idempotency;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a write at most once per (scope, key); the single path ({@link IdempotentBatch} runs many at once). A first
 * write and the keeping of its answer share one transaction when the write allows it ({@code atomic}: ingestion): the
 * answer is inserted as a done record beside the write's events, so nothing is committed before the write and
 * nothing is written twice. A concurrent duplicate's insert waits on that row and fails once the first commits; its
 * own write rolls back with it, and it gets the first answer replayed (as 200). A different fingerprint is a conflict.
 *
 * <p>Writes that must commit before they answer ({@code atomic} false: a front-end write that waits for read models)
 * first claim the key with a committed row, so concurrent callers wait for the answer; a failed write releases the key.
 * A claim left behind by a crashed process is taken over as soon as that process is known to be gone
 * ({@link ClaimOwners}), and any claim older than {@link #ABANDONED} in any case.
 */
@Component
public class IdempotencyStore {

    static final Duration ABANDONED = Duration.ofSeconds(60);
    static final Duration WAIT = Duration.ofSeconds(10);

    /** Keeps a first answer as a done record; {@link IdempotentBatch} inserts the same rows in batches. */
    static final String KEEP = "INSERT INTO idempotency_record (scope, record_key, fingerprint, state, response_status,"
            + " content_type, location, response_body, claimed_at) VALUES (?, ?, ?, 'DONE', ?, ?, ?, ?, ?)";

    private final JdbcClient jdbc;
    private final TransactionTemplate own;
    private final TransactionTemplate joined;
    private final ClaimOwners owners;

    IdempotencyStore(JdbcClient jdbc, PlatformTransactionManager transactions, ClaimOwners owners) {
        this.jdbc = jdbc;
        this.owners = owners;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.joined = new TransactionTemplate(transactions);
    }

    /**
     * What a keyed write came to: its answer and whether that is a replay of an earlier one; in a batch, the exception
     * that the single path would have thrown for it instead. A replay's answer has status {@value #REPLAY_STATUS},
     * whatever the first one had: a second 201 would announce a second creation.
     */
    public record Outcome(StoredResponse response, boolean replayed, RuntimeException failure) {

        static Outcome answered(StoredResponse response, boolean replayed) {
            return new Outcome(response, replayed, null);
        }

        static Outcome failed(RuntimeException failure) {
            return new Outcome(null, false, failure);
        }
    }

    /** The status of a replayed answer. */
    public static final int REPLAY_STATUS = 200;

    /** A write under a key: its (scope, key), the fingerprint of its content, and the write itself. */
    public record KeyedWrite(String scope, String key, String fingerprint, Supplier<StoredResponse> write) {}

    /**
     * Runs {@code write} once for (scope, key). With {@code atomic}, the write and the keeping of its answer share one
     * transaction, so a crash cannot leave a write whose answer is not kept (the write must not wait for read models).
     */
    public Outcome execute(
            String scope, String key, String fingerprint, boolean atomic, Supplier<StoredResponse> write) {
        if (atomic && find(scope, key).isEmpty()) {
            try {
                return Outcome.answered(writeAndKeep(new KeyedWrite(scope, key, fingerprint, write)), false);
            } catch (KeyTaken taken) {
                // another writer of this key committed first: its answer is replayed below
            }
        }
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            if (claim(scope, key, fingerprint)) {
                return Outcome.answered(run(scope, key, atomic, write), false);
            }
            Optional<Record> existing = find(scope, key);
            if (existing.isPresent()) {
                Record record = existing.get();
                if (!record.fingerprint().equals(fingerprint)) {
                    throw new IdempotencyConflict(
                            "This key was already used for a different request; send a new key for a new request.",
                            false);
                }
                if (record.response() != null) {
                    return Outcome.answered(record.response(), true);
                }
                if (isAbandoned(record)) {
                    releaseAbandoned(scope, key, record);
                    continue;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IdempotencyConflict(
                        "The first request with this key is still being processed; retry later.", true);
            }
            pause();
        }
    }

    /** Runs the write and inserts its answer in one transaction; an unsuccessful answer is not kept (rolled back). */
    private StoredResponse writeAndKeep(KeyedWrite keyed) {
        return joined.execute(status -> {
            StoredResponse response = keyed.write().get();
            if (!response.successful()) {
                status.setRollbackOnly();
                return response;
            }
            try {
                jdbc.sql(KEEP)
                        .params(row(keyed, response, OffsetDateTime.now(ZoneOffset.UTC)))
                        .update();
            } catch (DataAccessException taken) {
                throw new KeyTaken(taken);
            }
            return response;
        });
    }

    /** The parameters of {@link #KEEP} for one answer. */
    static Object[] row(KeyedWrite keyed, StoredResponse response, OffsetDateTime now) {
        return new Object[] {
            keyed.scope(),
            keyed.key(),
            keyed.fingerprint(),
            response.status(),
            response.contentType(),
            response.location(),
            response.body(),
            now
        };
    }

    private StoredResponse run(String scope, String key, boolean atomic, Supplier<StoredResponse> write) {
        try {
            StoredResponse response =
                    atomic ? joined.execute(status -> keep(scope, key, write.get())) : keep(scope, key, write.get());
            if (!response.successful()) {
                release(scope, key);
            }
            return response;
        } catch (RuntimeException | Error e) {
            release(scope, key);
            throw e;
        }
    }

    private StoredResponse keep(String scope, String key, StoredResponse response) {
        if (response.successful()) {
            jdbc.sql(
                            "UPDATE idempotency_record SET state = 'DONE', response_status = ?, content_type = ?, location = ?,"
                                    + " response_body = ? WHERE scope = ? AND record_key = ?")
                    .params(response.status(), response.contentType(), response.location(), response.body(), scope, key)
                    .update();
        }
        return response;
    }

    private boolean claim(String scope, String key, String fingerprint) {
        try {
            own.executeWithoutResult(
                    status -> jdbc.sql("INSERT INTO idempotency_record (scope, record_key, fingerprint,"
                                    + " state, claimed_at, claimed_by) VALUES (?, ?, ?, 'PENDING', ?, ?)")
                            .params(scope, key, fingerprint, OffsetDateTime.now(ZoneOffset.UTC), owners.self())
                            .update());
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        } catch (org.springframework.dao.DataAccessException e) {
            // another transaction holds the row's lock (H2 may say so instead of waiting): treat as taken
            return false;
        }
    }

    private void release(String scope, String key) {
        own.executeWithoutResult(status -> jdbc.sql(
                        "DELETE FROM idempotency_record WHERE scope = ? AND record_key = ? AND state = 'PENDING'")
                .params(scope, key)
                .update());
    }

    /** Deletes the abandoned claim, but not a newer claim that another caller may have taken over meanwhile. */
    private void releaseAbandoned(String scope, String key, Record abandoned) {
        own.executeWithoutResult(status -> jdbc.sql("DELETE FROM idempotency_record WHERE scope = ? AND record_key = ?"
                        + " AND state = 'PENDING' AND claimed_at = ?")
                .params(scope, key, abandoned.claimedAt().atOffset(ZoneOffset.UTC))
                .update());
    }

    private Optional<Record> find(String scope, String key) {
        return own.execute(status -> jdbc.sql(
                        "SELECT fingerprint, state, response_status, content_type, location,"
                                + " response_body, claimed_at, claimed_by FROM idempotency_record WHERE scope = ? AND record_key = ?")
                .params(scope, key)
                .query((rs, n) -> new Record(
                        rs.getString("fingerprint"),
                        "DONE".equals(rs.getString("state"))
                                ? new StoredResponse(
                                        REPLAY_STATUS,
                                        rs.getString("content_type"),
                                        rs.getString("location"),
                                        rs.getBytes("response_body"))
                                : null,
                        rs.getObject("claimed_at", OffsetDateTime.class).toInstant(),
                        rs.getString("claimed_by")))
                .optional());
    }

    /** A pending claim whose process is gone, or that is older than any write takes. */
    private boolean isAbandoned(Record record) {
        return (record.claimedBy() != null && owners.isGone(record.claimedBy()))
                || record.claimedAt().isBefore(Instant.now().minus(ABANDONED));
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IdempotencyConflict("Interrupted while waiting for the first request with this key.", true);
        }
    }

    private record Record(String fingerprint, StoredResponse response, Instant claimedAt, String claimedBy) {}

    /** The key was kept by another writer while this one wrote: its transaction is rolled back. */
    private static final class KeyTaken extends RuntimeException {
        KeyTaken(DataAccessException cause) {
            super(cause);
        }
    }
}
