package dk.samvaer.kernel.readmodel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The writes of the projections, a batch of events at a time. While a streaming processor handles a batch (one Axon
 * unit of work), each handler only queues its statements; when the batch commits, they run as JDBC batches, one per
 * kind of statement, in the same transaction as the processor's token. Outside a processor's batch (a test, the as-of
 * replica) a statement runs at once.
 *
 * <p><b>Order.</b> Every statement names the rows it touches with a key (an activity, a citizen at a centre). Statements
 * with the same key run in the order their events came; statements with different keys touch different rows, so they
 * may be regrouped freely. A handler therefore never reads what an earlier event of its batch wrote: the projections
 * are written as statements whose effect does not depend on reading first (upserts, guarded updates).
 *
 * <p><b>Faults.</b> A handler that fails discards what it queued ({@link #discardOnFailure()}), so a parked event
 * leaves nothing behind. A batch whose statements fail at commit rolls back whole, its token included; its positions
 * are remembered, and when the processor retries them each of those events writes at once, inside its own savepoint,
 * so the one event that fails is parked in the dead-letter queue as before and the others commit (ADR 0015).
 *
 * <p><b>Shared counts.</b> Rows that events of many aggregates add to (the escorts of a day) are not updated per
 * event: a handler writes and marks rows of its own and asks for a step that runs once, after every statement of the
 * batch ({@link #afterWrites}); the step reads what the batch marked and keeps the counts. Concurrent batches' steps
 * must not deadlock on the shared rows: the outreach counts take one lock row first (ADR 0015).
 */
public final class ProjectionWrites {

    private static final String PENDING = ProjectionWrites.class.getName() + ".pending";
    private static final String ONE_AT_A_TIME = ProjectionWrites.class.getName() + ".one-at-a-time";
    private static final FailedPositions FAILED = new FailedPositions();

    private final JdbcTemplate jdbc;
    private final JdbcClient client;

    public ProjectionWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.client = JdbcClient.create(jdbc);
    }

    /** The same database for what runs at once: a reset, a query. */
    public JdbcClient jdbc() {
        return client;
    }

    /**
     * Queues (or, outside a batch, runs) a statement on rows of the event's own aggregate. Statements of different
     * aggregates may run in another order than their events, as they may today across a processor's segments.
     */
    public void update(String sql, Object... params) {
        updateRowsOf(aggregateOfCurrentEvent(), sql, params);
    }

    /** Queues (or runs) a statement on the rows named by {@code key}, for rows that several aggregates touch. */
    public void updateRowsOf(Object key, String sql, Object... params) {
        Pending pending = Pending.ofCurrentEvent();
        if (pending == null) {
            jdbc.update(sql, params);
        } else {
            pending.add(new Statement(jdbc, key, sql, params, Pending.position().orElse(Long.MAX_VALUE)));
        }
    }

    /**
     * Asks for {@code step} to run once after every statement queued in this batch (the same {@code name} asked again
     * runs once), or, outside a batch, at once. A step may read: it runs at the batch's commit, after the writes it
     * reads.
     */
    public void afterWrites(String name, Consumer<JdbcTemplate> step) {
        Pending pending = Pending.ofCurrentEvent();
        if (pending == null) {
            step.accept(jdbc);
        } else {
            pending.after(name, () -> step.accept(jdbc));
        }
    }

    private static Object aggregateOfCurrentEvent() {
        if (CurrentUnitOfWork.isStarted()
                && CurrentUnitOfWork.get().getMessage() instanceof DomainEventMessage<?> event
                && event.getAggregateIdentifier() != null) {
            return event.getAggregateIdentifier();
        }
        return CurrentUnitOfWork.isStarted()
                ? CurrentUnitOfWork.get().getMessage().getIdentifier()
                : "";
    }

    /** Whether the event being handled queues its writes for the batch's commit (its handler needs no savepoint). */
    public static boolean deferring() {
        if (!CurrentUnitOfWork.isStarted() || CurrentUnitOfWork.get().root().phase() != UnitOfWork.Phase.STARTED) {
            return false;
        }
        OptionalLong position = Pending.position();
        return position.isPresent() && !FAILED.covers(position.getAsLong());
    }

    /**
     * Call before a handler runs; run the answer if it fails: the statements it queued are dropped, so a parked event
     * writes nothing.
     */
    public static Runnable discardOnFailure() {
        if (!CurrentUnitOfWork.isStarted()) {
            return () -> {};
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        Pending before = root.getResource(PENDING);
        int mark = before == null ? 0 : before.size();
        return () -> {
            Pending queued = root.getResource(PENDING);
            if (queued != null) {
                queued.truncate(mark);
            }
        };
    }

    private record Statement(JdbcTemplate jdbc, Object key, String sql, Object[] params, long position) {}

    /** The statements of one batch; run at its commit, or before a statement that must run at once. */
    private static final class Pending {

        private final List<Statement> statements = new ArrayList<>();
        private final Map<String, Runnable> steps = new LinkedHashMap<>();

        static Pending ofCurrentEvent() {
            if (!CurrentUnitOfWork.isStarted()) {
                return null;
            }
            UnitOfWork<?> root = CurrentUnitOfWork.get().root();
            if (!deferring()) {
                OptionalLong position = position();
                if (position.isPresent() && root.phase() == UnitOfWork.Phase.STARTED) {
                    root.getOrComputeResource(ONE_AT_A_TIME, key -> {
                        long[] latest = {Long.MIN_VALUE};
                        root.afterCommit(u -> FAILED.handled(latest[0]));
                        return latest;
                    });
                    long[] latest = root.getResource(ONE_AT_A_TIME);
                    latest[0] = Math.max(latest[0], position.getAsLong());
                }
                Pending earlier = root.getResource(PENDING);
                if (earlier != null) {
                    earlier.runBefore();
                }
                return null;
            }
            return root.getOrComputeResource(PENDING, key -> {
                Pending pending = new Pending();
                root.onPrepareCommit(u -> pending.run());
                return pending;
            });
        }

        static OptionalLong position() {
            Message<?> message = CurrentUnitOfWork.get().getMessage();
            if (message instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null) {
                return tracked.trackingToken().position();
            }
            return OptionalLong.empty();
        }

        void add(Statement statement) {
            statements.add(statement);
        }

        void after(String name, Runnable step) {
            steps.putIfAbsent(name, step);
        }

        int size() {
            return statements.size();
        }

        void truncate(int size) {
            statements.subList(size, statements.size()).clear();
        }

        /** Runs what earlier events queued before a statement that must run at once. */
        void runBefore() {
            try {
                run();
            } catch (DataAccessException e) {
                // not this event's fault: the batch is retried, and its events then write one at a time
                throw new TransientDataAccessResourceException("Writes queued by earlier events failed", e);
            }
        }

        void run() {
            if (statements.isEmpty()) {
                steps.clear();
                return;
            }
            try {
                for (Batch batch : grouped()) {
                    batch.run();
                }
                steps.values().forEach(Runnable::run);
            } catch (RuntimeException e) {
                FAILED.add(
                        statements.stream().mapToLong(Statement::position).min().orElseThrow(),
                        statements.stream().mapToLong(Statement::position).max().orElseThrow());
                throw e;
            } finally {
                statements.clear();
                steps.clear();
            }
        }

        /**
         * Each statement joins the first batch of its kind that comes after every earlier statement on its key, or a new
         * batch at the end: same-key statements keep their order, and a batch is as large as that allows.
         */
        private List<Batch> grouped() {
            List<Batch> batches = new ArrayList<>();
            Map<Object, Integer> lastBatchOfKey = new HashMap<>();
            Map<Kind, List<Integer>> batchesOfKind = new HashMap<>();
            for (Statement statement : statements) {
                int after = lastBatchOfKey.getOrDefault(statement.key(), -1);
                Kind kind = new Kind(statement.jdbc(), statement.sql());
                List<Integer> candidates = batchesOfKind.computeIfAbsent(kind, k -> new ArrayList<>());
                int chosen = -1;
                for (int index : candidates) {
                    if (index >= after) {
                        chosen = index;
                        break;
                    }
                }
                if (chosen < 0) {
                    chosen = batches.size();
                    batches.add(new Batch(statement.jdbc(), statement.sql(), new ArrayList<>()));
                    candidates.add(chosen);
                }
                batches.get(chosen).params().add(statement.params());
                lastBatchOfKey.put(statement.key(), chosen);
            }
            return batches;
        }
    }

    private record Kind(JdbcTemplate jdbc, String sql) {}

    private record Batch(JdbcTemplate jdbc, String sql, List<Object[]> params) {

        void run() {
            if (params.size() == 1) {
                jdbc.update(sql, params.get(0));
            } else {
                jdbc.batchUpdate(sql, params);
            }
        }
    }

    /**
     * The positions of batches whose writes failed at commit, until they have been handled one at a time (or ten
     * minutes have passed: a segment that moved to another node is retried there).
     */
    private static final class FailedPositions {

        private static final long FORGET_AFTER_MILLIS = 600_000;

        /** {first, last, when}; asked by every handler of every event, changed only when a batch fails: no lock. */
        private final List<long[]> ranges = new CopyOnWriteArrayList<>();

        void add(long first, long last) {
            ranges.add(new long[] {first, last, System.currentTimeMillis()});
        }

        boolean covers(long position) {
            if (ranges.isEmpty()) {
                return false;
            }
            long now = System.currentTimeMillis();
            ranges.removeIf(range -> now - range[2] > FORGET_AFTER_MILLIS);
            return ranges.stream().anyMatch(range -> position >= range[0] && position <= range[1]);
        }

        void handled(long upTo) {
            ranges.removeIf(range -> range[1] <= upTo);
        }
    }
}
