package dk.samvaer.feed.webhooks;

import dk.samvaer.audit.api.EventEntry;
import dk.samvaer.audit.api.EventLog;
import dk.samvaer.feed.api.FeedItem;
import dk.samvaer.feed.query.PublicEvents;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fills the webhooks' outbox from the event log. Each active subscription has a cursor ({@code enqueued_position}):
 * every settled event up to it that the subscription wants has a delivery row. A catch-up reads the settled events
 * after the lowest cursor ({@link EventLog#settledAfter}, so a position that may still be filled is never passed and
 * rows arrive in position order), writes a row per subscription that wants the event (its body, one feed item without
 * citizen pseudonyms, is written once and sent as it is on every attempt) and moves the cursors, in one transaction.
 * The rows are keyed by (subscription, position), so writing one twice changes nothing.
 *
 * <p>Nodes take turns through one locked row, {@code feed_webhook_writer}; on one node a catch-up asked for while one
 * runs is done by the one running. Called after every batch of the {@code webhooks} streaming processor and on every
 * poll of the sender (for a gap in the log that settles with no event after it).
 */
@Component
public class WebhookOutbox {

    private static final Logger log = LoggerFactory.getLogger(WebhookOutbox.class);

    /** Events read from the log per transaction. */
    static final int BATCH = 500;
    /** Transactions per catch-up, so a long backlog does not hold the caller for long. */
    static final int MAX_BATCHES = 20;

    private static final String INSERT = "INSERT INTO feed_webhook_delivery (subscription_id, position, event_id,"
            + " event_type, recorded_at, body, status, attempts, next_attempt_at, enqueued_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?) ON CONFLICT DO NOTHING";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transaction;
    private final EventLog eventLog;
    private final PublicEvents events;
    private final JsonMapper json;
    private final Clock clock = Clock.systemUTC();
    private final ReentrantLock running = new ReentrantLock();
    private final AtomicBoolean asked = new AtomicBoolean();
    private volatile String lastError;

    WebhookOutbox(
            JdbcClient jdbc,
            JdbcTemplate template,
            PlatformTransactionManager transactions,
            EventLog eventLog,
            PublicEvents events,
            JsonMapper json) {
        this.jdbc = jdbc;
        this.template = template;
        // a transaction of its own, also when called where one is open (after a processor's batch has committed)
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.eventLog = eventLog;
        this.events = events;
        this.json = json;
    }

    /** Takes the writer's turn (until the transaction ends): catch-ups, resends and deletions never overlap. */
    static void lockWriter(JdbcClient jdbc) {
        jdbc.sql("SELECT name FROM feed_webhook_writer WHERE name = 'outbox' FOR UPDATE")
                .query(String.class)
                .single();
    }

    /**
     * Writes the outbox rows of every settled event not yet looked at; returns how many. Never throws: a failure is
     * logged, shown in health ({@link #lastError()}) and tried again at the next call.
     */
    public int catchUp() {
        asked.set(true);
        int written = 0;
        while (asked.get() && running.tryLock()) {
            try {
                asked.set(false);
                for (int batch = 0; batch < MAX_BATCHES; batch++) {
                    Written step = transaction.execute(status -> batch());
                    written += step.rows();
                    if (!step.more()) {
                        break;
                    }
                }
                if (lastError != null) {
                    log.info("The webhooks' outbox is written again");
                }
                lastError = null;
            } catch (RuntimeException e) {
                String error = e.getClass().getSimpleName() + ": " + e.getMessage();
                if (!error.equals(lastError)) {
                    log.warn("Could not write the webhooks' outbox (tried again at the next poll): {}", error, e);
                }
                lastError = error;
                return written;
            } finally {
                running.unlock();
            }
        }
        return written;
    }

    /** The last catch-up's failure while it persists; null when the outbox is written. */
    public String lastError() {
        return lastError;
    }

    private record Written(int rows, boolean more) {}

    /** A subscription as the writer needs it. */
    private record Cursor(String id, Set<String> types, Set<String> codes, long position) {

        boolean wants(EventEntry entry) {
            return entry.position() > position && (types.isEmpty() || types.contains(entry.type()));
        }

        boolean covers(FeedItem item) {
            // a subscription for named municipalities gets their events; one for all also the programme's own
            return codes.isEmpty() || (item.municipalityCode() != null && codes.contains(item.municipalityCode()));
        }
    }

    private Written batch() {
        if (jdbc.sql("SELECT COUNT(*) FROM feed_webhook_subscription WHERE status = 'ACTIVE'")
                        .query(Long.class)
                        .single()
                == 0) {
            return new Written(0, false); // nothing to write, and no lock taken on every poll of every node
        }
        lockWriter(jdbc);
        List<Cursor> cursors = jdbc.sql(
                        "SELECT id, event_types, municipality_codes, enqueued_position FROM feed_webhook_subscription"
                                + " WHERE status = 'ACTIVE'")
                .query((rs, n) -> new Cursor(
                        rs.getString("id"),
                        Set.copyOf(Subscriptions.split(rs.getString("event_types"))),
                        Set.copyOf(Subscriptions.split(rs.getString("municipality_codes"))),
                        rs.getLong("enqueued_position")))
                .list();
        if (cursors.isEmpty()) {
            return new Written(0, false);
        }
        long from = cursors.stream().mapToLong(Cursor::position).min().orElseThrow();
        List<EventEntry> entries = eventLog.settledAfter(from, BATCH);
        if (entries.isEmpty()) {
            return new Written(0, false);
        }
        Instant now = clock.instant();
        List<Object[]> rows = new ArrayList<>();
        for (EventEntry entry : entries) {
            Optional<FeedItem> item = null;
            byte[] body = null;
            for (Cursor cursor : cursors) {
                if (!cursor.wants(entry)) {
                    continue;
                }
                if (item == null) {
                    // never with citizen pseudonyms: a receiver's systems are outside the programme's control
                    item = events.item(entry, false);
                    body = item.map(json::writeValueAsBytes).orElse(null);
                }
                if (item.isPresent() && cursor.covers(item.get())) {
                    rows.add(new Object[] {
                        cursor.id(),
                        entry.position(),
                        entry.eventId(),
                        item.get().type(),
                        Subscriptions.utc(entry.recordedAt()),
                        body,
                        Subscriptions.utc(now),
                        Subscriptions.utc(now)
                    });
                }
            }
        }
        if (!rows.isEmpty()) {
            template.batchUpdate(INSERT, rows);
        }
        long last = entries.get(entries.size() - 1).position();
        for (Cursor cursor : cursors) {
            if (cursor.position() < last) {
                jdbc.sql("UPDATE feed_webhook_subscription SET enqueued_position = ? WHERE id = ? AND"
                                + " enqueued_position < ?")
                        .params(last, cursor.id(), last)
                        .update();
            }
        }
        return new Written(rows.size(), entries.size() == BATCH);
    }
}
