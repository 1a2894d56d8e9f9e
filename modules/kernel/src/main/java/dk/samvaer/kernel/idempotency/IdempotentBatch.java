package dk.samvaer.kernel.idempotency;

import dk.samvaer.kernel.idempotency.IdempotencyStore.Entry;
import dk.samvaer.kernel.idempotency.IdempotencyStore.Result;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs a batch of idempotent writes in one go when it can: one query for the keys already known, then the new writes
 * and their answers in one unit of work and one transaction, so that their events and answers are appended in two
 * batched inserts. Whatever cannot go that way (a key seen before or twice in the batch, a write that fails, a
 * transaction that fails) goes through {@link IdempotencyStore#execute} one by one, which defines the semantics.
 */
@Component
public class IdempotentBatch {

    private static final int IN_LIST = 500;

    private final IdempotencyStore single;
    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final TransactionManager units;

    IdempotentBatch(IdempotencyStore single, JdbcClient jdbc, JdbcTemplate batches, TransactionManager units) {
        this.single = single;
        this.jdbc = jdbc;
        this.batches = batches;
        this.units = units;
    }

    /**
     * Runs every entry as {@link IdempotencyStore#execute} would (atomically), answering in the entries' order. New
     * keys are written together: if all their writes succeed, they commit as one; the ones that fail are taken out and
     * the rest are tried together again. Repeated and known keys, failed writes and the writes of a failed transaction
     * are then executed one by one, so a repeat within the batch is answered as a replay of its first occurrence.
     */
    public List<Result> executeAll(List<Entry> entries) {
        Result[] results = new Result[entries.size()];
        List<Integer> together = fresh(entries);
        try {
            List<Integer> failed;
            while (!together.isEmpty() && !(failed = runTogether(entries, together, results)).isEmpty()) {
                together.removeAll(failed);
            }
        } catch (RuntimeException e) {
            // the transaction as a whole failed (a key kept by another writer meanwhile, a lost connection): the
            // writes of this attempt were rolled back; they go one by one instead
        }
        for (int i = 0; i < results.length; i++) {
            if (results[i] == null) {
                Entry entry = entries.get(i);
                try {
                    results[i] = single.execute(entry.scope(), entry.key(), entry.fingerprint(), true, entry.write());
                } catch (RuntimeException e) {
                    results[i] = Result.failed(e);
                }
            }
        }
        return List.of(results);
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
     * commit together (recorded in {@code results}); otherwise everything is rolled back and the failed ones returned.
     */
    private List<Integer> runTogether(List<Entry> entries, List<Integer> indices, Result[] results) {
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
            responses.forEach((i, response) -> results[i] = Result.answered(response, false));
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
                IdempotencyStore.KEEP,
                responses.entrySet().stream()
                        .map(r -> IdempotencyStore.row(entries.get(r.getKey()), r.getValue(), now))
                        .toList());
    }
}
