package dk.samvaer.kernel.idempotency;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a write at most once per (scope, key). The first caller claims the key (a committed row), runs the write and
 * keeps its successful answer; concurrent and later callers with the same fingerprint get that answer replayed (as
 * 200), a different fingerprint is a conflict. A failed write releases the key so it can be retried. A claim left
 * behind by a crashed node is taken over after {@link #ABANDONED}.
 */
@Component
public class IdempotencyStore {

    static final Duration ABANDONED = Duration.ofSeconds(60);
    static final Duration WAIT = Duration.ofSeconds(10);

    private final JdbcClient jdbc;
    private final TransactionTemplate own;
    private final TransactionTemplate joined;

    IdempotencyStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.joined = new TransactionTemplate(transactions);
    }

    /** The outcome of {@link #execute}: the answer, and whether it is a replay of an earlier one. */
    public record Result(StoredResponse response, boolean replayed) {}

    /**
     * Runs {@code write} once for (scope, key). With {@code atomic}, the write and the keeping of its answer share one
     * transaction, so a crash cannot leave a write whose answer is not kept (the write must not wait for read models).
     */
    public Result execute(
            String scope, String key, String fingerprint, boolean atomic, Supplier<StoredResponse> write) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            if (claim(scope, key, fingerprint)) {
                return new Result(run(scope, key, atomic, write), false);
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
                    return new Result(record.response(), true);
                }
                if (record.claimedAt().isBefore(Instant.now().minus(ABANDONED))) {
                    release(scope, key);
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
                                    + " state, claimed_at) VALUES (?, ?, ?, 'PENDING', ?)")
                            .params(scope, key, fingerprint, OffsetDateTime.now(ZoneOffset.UTC))
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

    private Optional<Record> find(String scope, String key) {
        return own.execute(status -> jdbc.sql("SELECT fingerprint, state, response_status, content_type, location,"
                        + " response_body, claimed_at FROM idempotency_record WHERE scope = ? AND record_key = ?")
                .params(scope, key)
                .query((rs, n) -> new Record(
                        rs.getString("fingerprint"),
                        "DONE".equals(rs.getString("state"))
                                ? new StoredResponse(
                                        200,
                                        rs.getString("content_type"),
                                        rs.getString("location"),
                                        rs.getBytes("response_body"))
                                : null,
                        rs.getObject("claimed_at", OffsetDateTime.class).toInstant()))
                .optional());
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IdempotencyConflict("Interrupted while waiting for the first request with this key.", true);
        }
    }

    private record Record(String fingerprint, StoredResponse response, Instant claimedAt) {}
}
