package dk.samvaer.kernel.idempotency;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a write at most once per (scope, key). The first caller claims the key (a committed row), runs the write and
 * keeps its successful answer; concurrent and later callers with the same fingerprint get that answer replayed (as
 * 200), a different fingerprint is a conflict. A failed write releases the key so it can be retried. A claim left
 * behind by a crashed process is taken over as soon as that process is known to be gone ({@link ClaimOwners}), and any
 * claim older than {@link #ABANDONED} in any case.
 *
 * <p>{@link #executeAll} runs a batch of such writes in one go when it can: one query for the keys already known, then
 * the new writes and their answers in one unit of work and one transaction, so that their events and answers are
 * appended in two batched inserts. Whatever cannot go that way (a key seen before or twice in the batch, a write
 * that fails, a transaction that fails) goes through {@link #execute} one by one, which defines the semantics.
 */
@Component
public class IdempotencyStore {

    static final Duration ABANDONED = Duration.ofSeconds(60);
    static final Duration WAIT = Duration.ofSeconds(10);
    private static final int IN_LIST = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final TransactionTemplate own;
    private final TransactionTemplate joined;
    private final TransactionManager units;
    private final ClaimOwners owners;

    IdempotencyStore(
            JdbcClient jdbc,
            JdbcTemplate batches,
            PlatformTransactionManager transactions,
            TransactionManager units,
            ClaimOwners owners) {
        this.jdbc = jdbc;
        this.owners = owners;
        this.batches = batches;
        this.units = units;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.joined = new TransactionTemplate(transactions);
    }

    /** The outcome of {@link #execute}: the answer, and whether it is a replay of an earlier one. */
    public record Result(StoredResponse response, boolean replayed) {}

    /** One write of a batch: its (scope, key), the fingerprint of its content, and the write itself. */
    public record Entry(String scope, String key, String fingerprint, Supplier<StoredResponse> write) {}

    /** What one write of a batch came to: its result, or the exception that {@link #execute} threw for it. */
    public record Attempt(Result result, RuntimeException failure) {}

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

    /**
     * Runs every entry as {@link #execute} would (atomically), answering in the entries' order. New keys are written
     * together: if all their writes succeed, they commit as one; the ones that fail are taken out and the rest are
     * tried together again. Repeated and known keys, failed writes and the writes of a failed transaction are then
     * executed one by one, so a repeat within the batch is answered as a replay of its first occurrence.
     */
    public List<Attempt> executeAll(List<Entry> entries) {
        Attempt[] attempts = new Attempt[entries.size()];
        List<Integer> together = fresh(entries);
        try {
            List<Integer> failed;
            while (!together.isEmpty() && !(failed = runTogether(entries, together, attempts)).isEmpty()) {
                together.removeAll(failed);
            }
        } catch (RuntimeException e) {
            // the transaction as a whole failed (a key kept by another writer meanwhile, a lost connection): the
            // writes of this attempt were rolled back; they go one by one instead
        }
        for (int i = 0; i < attempts.length; i++) {
            if (attempts[i] == null) {
                Entry entry = entries.get(i);
                try {
                    attempts[i] = new Attempt(
                            execute(entry.scope(), entry.key(), entry.fingerprint(), true, entry.write()), null);
                } catch (RuntimeException e) {
                    attempts[i] = new Attempt(null, e);
                }
            }
        }
        return List.of(attempts);
    }

    /** The entries whose key is not kept yet and does not occur earlier in the batch. */
    private List<Integer> fresh(List<Entry> entries) {
        // joined with a VALUES list: both databases look each pair up in the primary key. (A row-value IN list costs
        // PostgreSQL a quarter of a second to plan for 500 pairs; "scope = ? AND record_key IN" makes H2 scan the
        // scope.)
        Set<List<String>> known = new HashSet<>();
        for (int from = 0; from < entries.size(); from += IN_LIST) {
            List<Entry> chunk = entries.subList(from, Math.min(entries.size(), from + IN_LIST));
            List<Object> params = new ArrayList<>(2 * chunk.size());
            chunk.forEach(e -> {
                params.add(e.scope());
                params.add(e.key());
            });
            jdbc.sql("SELECT r.scope, r.record_key FROM idempotency_record r JOIN (VALUES "
                            + String.join(
                                    ", ",
                                    Collections.nCopies(
                                            chunk.size(), "(CAST(? AS VARCHAR(200)), CAST(? AS VARCHAR(200)))"))
                            + ") AS wanted (scope, record_key)"
                            + " ON r.scope = wanted.scope AND r.record_key = wanted.record_key")
                    .params(params)
                    .query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
                    .list()
                    .forEach(known::add);
        }
        List<Integer> fresh = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (known.add(List.of(entries.get(i).scope(), entries.get(i).key()))) {
                fresh.add(i);
            }
        }
        return fresh;
    }

    /**
     * Runs the given writes in one unit of work and transaction. If every one succeeds, their answers are kept and all
     * commit together (recorded in {@code attempts}); otherwise everything is rolled back and the failed ones returned.
     */
    private List<Integer> runTogether(List<Entry> entries, List<Integer> indices, Attempt[] attempts) {
        UnitOfWork<?> unit = DefaultUnitOfWork.startAndGet(null);
        try {
            unit.attachTransaction(units);
            Map<Integer, StoredResponse> responses = new LinkedHashMap<>();
            List<Integer> failed = new ArrayList<>();
            for (int i : indices) {
                try {
                    StoredResponse response = entries.get(i).write().get();
                    if (response.successful()) {
                        responses.put(i, response);
                    } else {
                        failed.add(i);
                    }
                } catch (RuntimeException e) {
                    failed.add(i);
                }
            }
            if (!failed.isEmpty()) {
                unit.rollback();
                return failed;
            }
            keepAll(entries, responses);
            unit.commit();
            responses.forEach((i, response) -> attempts[i] = new Attempt(new Result(response, false), null));
            return failed;
        } finally {
            if (unit.isActive()) {
                unit.rollback();
            }
        }
    }

    /**
     * Keeps the answers as done records in the writes' own transaction. No claim is committed first: a concurrent
     * writer of one of these keys makes this insert (or its own) fail, and the loser goes one by one.
     */
    private void keepAll(List<Entry> entries, Map<Integer, StoredResponse> responses) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        batches.batchUpdate(
                "INSERT INTO idempotency_record (scope, record_key, fingerprint, state, response_status, content_type,"
                        + " location, response_body, claimed_at) VALUES (?, ?, ?, 'DONE', ?, ?, ?, ?, ?)",
                responses.entrySet().stream()
                        .map(r -> {
                            Entry entry = entries.get(r.getKey());
                            StoredResponse response = r.getValue();
                            return new Object[] {
                                entry.scope(),
                                entry.key(),
                                entry.fingerprint(),
                                response.status(),
                                response.contentType(),
                                response.location(),
                                response.body(),
                                now
                            };
                        })
                        .toList());
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
                                        200,
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
}
