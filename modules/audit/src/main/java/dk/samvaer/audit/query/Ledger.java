package dk.samvaer.audit.query;

import dk.samvaer.audit.api.LedgerCheck;
import dk.samvaer.audit.api.LedgerVerification;
import dk.samvaer.audit.api.LedgerVerification.Checkpoint;
import dk.samvaer.audit.api.LedgerVerification.ExternalCheckpoint;
import dk.samvaer.audit.api.LedgerVerification.Mismatch;
import dk.samvaer.kernel.Page;
import dk.samvaer.kernel.Paging;
import dk.samvaer.kernel.readmodel.Where;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tamper-evidence ledger. It hashes every stored event (position, id, aggregate type and id, sequence, payload type
 * and revision, recorded time, payload and metadata bytes) and chains the hashes in global order, keeping a checkpoint
 * of the chain after each run. Events are chained only once they have settled: an in-flight transaction may still
 * commit a lower position for a short while, and a rolled-back one leaves a permanent gap, which is simply skipped.
 *
 * <p>{@link #verify} recomputes everything from the store and names the first position whose content no longer
 * matches. Someone able to rewrite both the events and the ledger is caught by a checkpoint kept outside the system.
 */
@Component
public class Ledger implements LedgerCheck {

    static final String GENESIS = "0".repeat(64);
    static final int BATCH = 1000;
    private static final String EVENT_COLUMNS = "global_index, event_identifier, type, aggregate_identifier,"
            + " sequence_number, time_stamp, payload_type, payload_revision, payload, meta_data";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate transaction;
    private final Duration settle;
    private final Deque<Sample> samples = new ArrayDeque<>();

    private record Sample(Instant at, long head) {}

    Ledger(JdbcClient jdbc, DataSource dataSource, TransactionTemplate transaction, AuditProperties properties) {
        this.jdbc = jdbc;
        this.batch = new JdbcTemplate(dataSource);
        this.transaction = transaction;
        this.settle = properties.ledger().settle();
    }

    /** Chains the events that have settled since the last run; returns how many were added. */
    public synchronized long extend() {
        long horizon = horizon();
        long added = 0;
        while (true) {
            Tail tail = tail();
            if (tail.position() >= horizon) {
                break;
            }
            List<Row> rows = jdbc.sql("SELECT " + EVENT_COLUMNS + " FROM domain_event_entry WHERE global_index > ?"
                            + " AND global_index <= ? ORDER BY global_index LIMIT " + BATCH)
                    .params(tail.position(), horizon)
                    .query((rs, n) -> Row.of(rs))
                    .list();
            if (rows.isEmpty()) {
                break;
            }
            String chain = tail.chainHash();
            List<Object[]> entries = new ArrayList<>(rows.size());
            for (Row row : rows) {
                String eventHash = row.hash();
                chain = chain(chain, eventHash);
                entries.add(new Object[] {row.position(), eventHash, chain});
            }
            Row last = rows.get(rows.size() - 1);
            String lastChain = chain;
            long events = tail.events() + rows.size();
            transaction.executeWithoutResult(status -> {
                batch.batchUpdate(
                        "INSERT INTO audit_ledger_entry (position, event_hash, chain_hash) VALUES (?, ?, ?)", entries);
                jdbc.sql(
                                "INSERT INTO audit_ledger_checkpoint (position, chain_hash, events, created_at) VALUES (?, ?, ?, ?)")
                        .params(last.position(), lastChain, events, OffsetDateTime.now(ZoneOffset.UTC))
                        .update();
            });
            added += rows.size();
        }
        return added;
    }

    /** The checkpoints after a chain position, oldest first, a page at a time. */
    public Page<Checkpoint> checkpoints(long after, Paging paging) {
        return new Where()
                .atLeast("position", after + 1)
                .page(
                        jdbc,
                        "position, chain_hash, events, created_at",
                        "audit_ledger_checkpoint",
                        "position",
                        paging,
                        (rs, n) -> new Checkpoint(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getLong(3),
                                rs.getObject(4, OffsetDateTime.class).toInstant()));
    }

    /**
     * Recomputes every chained event's hash and the chain from the store, compares them with the ledger and its
     * checkpoints, and optionally with a checkpoint the auditor kept outside the system.
     */
    @Override
    public LedgerVerification verify(Long externalPosition, String externalChainHash) {
        Map<Long, String> checkpoints = new TreeMap<>();
        jdbc.sql("SELECT position, chain_hash FROM audit_ledger_checkpoint").query(rs -> {
            checkpoints.put(rs.getLong(1), rs.getString(2));
        });
        String chain = GENESIS;
        long checked = 0;
        long position = 0;
        Mismatch first = null;
        String externalActual = null;
        while (true) {
            List<Entry> entries = jdbc.sql("SELECT position, event_hash, chain_hash FROM audit_ledger_entry"
                            + " WHERE position > ? ORDER BY position LIMIT " + BATCH)
                    .param(position)
                    .query((rs, n) -> new Entry(rs.getLong(1), rs.getString(2), rs.getString(3)))
                    .list();
            if (entries.isEmpty()) {
                break;
            }
            long from = entries.get(0).position();
            long to = entries.get(entries.size() - 1).position();
            Map<Long, Row> events = new TreeMap<>();
            jdbc.sql("SELECT " + EVENT_COLUMNS + " FROM domain_event_entry WHERE global_index BETWEEN ? AND ?")
                    .params(from, to)
                    .query((rs, n) -> Row.of(rs))
                    .list()
                    .forEach(row -> events.put(row.position(), row));
            for (Entry entry : entries) {
                Row event = events.get(entry.position());
                String actual = event == null ? null : event.hash();
                chain = chain(chain, actual == null ? entry.eventHash() : actual);
                checked++;
                if (first == null) {
                    if (event == null) {
                        first = new Mismatch(entry.position(), "event-missing", entry.eventHash(), null);
                    } else if (!actual.equals(entry.eventHash())) {
                        first = new Mismatch(entry.position(), "content-changed", entry.eventHash(), actual);
                    } else if (!chain.equals(entry.chainHash())) {
                        first = new Mismatch(entry.position(), "ledger-changed", entry.chainHash(), chain);
                    } else if (checkpoints.containsKey(entry.position())
                            && !checkpoints.get(entry.position()).equals(chain)) {
                        first = new Mismatch(
                                entry.position(), "checkpoint-mismatch", checkpoints.get(entry.position()), chain);
                    }
                }
                if (externalPosition != null && entry.position() == externalPosition) {
                    externalActual = chain;
                }
                position = entry.position();
            }
        }
        ExternalCheckpoint external = externalPosition == null
                ? null
                : new ExternalCheckpoint(
                        externalPosition,
                        externalChainHash,
                        externalChainHash != null && externalChainHash.equals(externalActual));
        boolean ok = first == null && (external == null || external.matches());
        return new LedgerVerification(ok, checked, position, chain, first, external);
    }

    /** The highest position that has settled: seen at least {@code settle} ago. */
    private long horizon() {
        Instant now = Instant.now();
        long head = jdbc.sql("SELECT COALESCE(MAX(global_index), 0) FROM domain_event_entry")
                .query(Long.class)
                .single();
        samples.addLast(new Sample(now, head));
        long horizon = 0;
        while (!samples.isEmpty() && !samples.peekFirst().at().isAfter(now.minus(settle))) {
            horizon = Math.max(horizon, samples.peekFirst().head());
            if (samples.size() == 1) {
                break;
            }
            samples.removeFirst();
        }
        return horizon;
    }

    private record Tail(long position, String chainHash, long events) {}

    private Tail tail() {
        return jdbc.sql(
                        "SELECT position, chain_hash, events FROM audit_ledger_checkpoint ORDER BY position DESC LIMIT 1")
                .query((rs, n) -> new Tail(rs.getLong(1), rs.getString(2), rs.getLong(3)))
                .optional()
                .orElse(new Tail(0, GENESIS, 0));
    }

    private record Entry(long position, String eventHash, String chainHash) {}

    /** One stored event, as hashed. */
    private record Row(
            long position,
            String eventId,
            String aggregateType,
            String aggregateId,
            long sequence,
            String recordedAt,
            String payloadType,
            String revision,
            byte[] payload,
            byte[] metadata) {

        static Row of(ResultSet rs) throws SQLException {
            return new Row(
                    rs.getLong("global_index"),
                    rs.getString("event_identifier"),
                    rs.getString("type"),
                    rs.getString("aggregate_identifier"),
                    rs.getLong("sequence_number"),
                    rs.getString("time_stamp"),
                    rs.getString("payload_type"),
                    rs.getString("payload_revision"),
                    rs.getBytes("payload"),
                    rs.getBytes("meta_data"));
        }

        String hash() {
            MessageDigest digest = sha256();
            field(digest, ByteBuffer.allocate(8).putLong(position).array());
            field(digest, text(eventId));
            field(digest, text(aggregateType));
            field(digest, text(aggregateId));
            field(digest, ByteBuffer.allocate(8).putLong(sequence).array());
            field(digest, text(recordedAt));
            field(digest, text(payloadType));
            field(digest, text(revision));
            field(digest, payload == null ? new byte[0] : payload);
            field(digest, metadata == null ? new byte[0] : metadata);
            return HexFormat.of().formatHex(digest.digest());
        }

        private static byte[] text(String value) {
            return value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
        }

        /** Length-prefixed, so that no two different field lists hash alike. */
        private static void field(MessageDigest digest, byte[] bytes) {
            digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
            digest.update(bytes);
        }
    }

    static String chain(String previous, String eventHash) {
        MessageDigest digest = sha256();
        digest.update(HexFormat.of().parseHex(previous));
        digest.update(HexFormat.of().parseHex(eventHash));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
