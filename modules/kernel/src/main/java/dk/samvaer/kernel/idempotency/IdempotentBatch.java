package dk.samvaer.kernel.idempotency;

import dk.samvaer.kernel.idempotency.IdempotencyStore.KeyedWrite;
import dk.samvaer.kernel.idempotency.IdempotencyStore.Outcome;
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
     * Runs every write as {@link IdempotencyStore#execute} would (atomically), answering in the writes' order. New
     * keys are written together: if all their writes succeed, they commit as one; the ones that fail are taken out and
     * the rest are tried together again. Repeated and known keys, failed writes and the writes of a failed transaction
     * are then executed one by one, so a repeat within the batch is answered as a replay of its first occurrence.
     */
    public List<Outcome> executeAll(List<KeyedWrite> writes) {
        Outcome[] outcomes = new Outcome[writes.size()];
        List<Integer> together = fresh(writes);
        try {
            List<Integer> failed;
            while (!together.isEmpty() && !(failed = runTogether(writes, together, outcomes)).isEmpty()) {
                together.removeAll(failed);
            }
        } catch (RuntimeException e) {
            // the transaction as a whole failed (a key kept by another writer meanwhile, a lost connection): the
            // writes of this attempt were rolled back; they go one by one instead
        }
        for (int i = 0; i < outcomes.length; i++) {
            if (outcomes[i] == null) {
                KeyedWrite keyed = writes.get(i);
                try {
                    outcomes[i] = single.execute(keyed.scope(), keyed.key(), keyed.fingerprint(), true, keyed.write());
                } catch (RuntimeException e) {
                    outcomes[i] = Outcome.failed(e);
                }
            }
        }
        return List.of(outcomes);
    }

    /** The writes whose key is not kept yet and does not occur earlier in the batch. */
    private List<Integer> fresh(List<KeyedWrite> writes) {
        // joined with a VALUES list: both databases look each pair up in the primary key. (A row-value IN list costs
        // PostgreSQL a quarter of a second to plan for 500 pairs; "scope = ? AND record_key IN" makes H2 scan the
        // scope.)
        Set<List<String>> known = new HashSet<>();
        for (int from = 0; from < writes.size(); from += IN_LIST) {
            List<KeyedWrite> chunk = writes.subList(from, Math.min(writes.size(), from + IN_LIST));
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
        for (int i = 0; i < writes.size(); i++) {
            if (known.add(List.of(writes.get(i).scope(), writes.get(i).key()))) {
                fresh.add(i);
            }
        }
        return fresh;
    }

    /**
     * Runs the given writes in one unit of work and transaction. If every one succeeds, their answers are kept and all
     * commit together (recorded in {@code outcomes}); otherwise everything is rolled back and the failed ones returned.
     */
    private List<Integer> runTogether(List<KeyedWrite> writes, List<Integer> indices, Outcome[] outcomes) {
        UnitOfWork<?> unit = DefaultUnitOfWork.startAndGet(null);
        try {
            unit.attachTransaction(units);
            Map<Integer, StoredResponse> responses = new LinkedHashMap<>();
            List<Integer> failed = new ArrayList<>();
            for (int i : indices) {
                try {
                    StoredResponse response = writes.get(i).write().get();
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
            keepAll(writes, responses);
            unit.commit();
            responses.forEach((i, response) -> outcomes[i] = Outcome.answered(response, false));
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
    private void keepAll(List<KeyedWrite> writes, Map<Integer, StoredResponse> responses) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        batches.batchUpdate(
                IdempotencyStore.KEEP,
                responses.entrySet().stream()
                        .map(r -> IdempotencyStore.row(writes.get(r.getKey()), r.getValue(), now))
                        .toList());
    }
}
