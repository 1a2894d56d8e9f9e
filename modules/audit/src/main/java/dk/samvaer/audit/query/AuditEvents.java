package dk.samvaer.audit.query;

import dk.samvaer.audit.api.EventEntry;
import dk.samvaer.audit.api.EventLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the event store in global order for auditors, straight from its table: nothing is re-serialised, so the
 * payload and metadata are exactly what is stored.
 */
@Component
public class AuditEvents implements EventLog {

    /** Payload fields that carry the date a fact is about, in order of preference. */
    static final List<String> OCCURRED_FIELDS = List.of(
            "heldOn",
            "escortedOn",
            "referredOn",
            "acceptedOn",
            "arrivedOn",
            "declinedOn",
            "expiredOn",
            "welcomedOn",
            "completedOn",
            "assessedOn",
            "takenOn",
            "scheduledFor");

    static final int BATCH = 1000;
    /** Reads decimals as BigDecimal, so an amount such as 1250.50 leaves exactly as it is stored. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** Wall time, as the event store stamps events (not the domain's clock, which tests may fix). */
    private final Clock clock = Clock.systemUTC();

    private final JdbcClient jdbc;
    private final Duration settle;

    AuditEvents(JdbcClient jdbc, AuditProperties properties) {
        this.jdbc = jdbc;
        this.settle = properties.ledger().settle();
    }

    @Override
    public List<EventEntry> settledAfter(long position, int limit) {
        Instant settledBefore = clock.instant().minus(settle);
        List<EventEntry> settled = new ArrayList<>();
        long expected = position + 1;
        for (EventEntry event : batch(new Filter(position, null, null, null, null), position)) {
            if (event.position() != expected && event.recordedAt().isAfter(settledBefore)) {
                break;
            }
            settled.add(event);
            expected = event.position() + 1;
            if (settled.size() == limit) {
                break;
            }
        }
        return settled;
    }

    /** Which events to read: after a position, of a type (simple or full name), of an aggregate, recorded in a range. */
    public record Filter(long after, String type, String aggregateId, Instant recordedFrom, Instant recordedTo) {

        boolean recordedWithin(Instant recordedAt) {
            return (recordedFrom == null || !recordedAt.isBefore(recordedFrom))
                    && (recordedTo == null || recordedAt.isBefore(recordedTo));
        }
    }

    /** Up to {@code limit} events after the filter's position, in global order. */
    public List<EventEntry> page(Filter filter, int limit) {
        List<EventEntry> page = new ArrayList<>();
        each(filter, limit, page::add);
        return page;
    }

    /** Every matching event (at most {@code limit}, or all when negative), in global order, one by one. */
    public void each(Filter filter, long limit, Consumer<EventEntry> sink) {
        long after = filter.after();
        long delivered = 0;
        while (limit < 0 || delivered < limit) {
            List<EventEntry> batch = batch(filter, after);
            if (batch.isEmpty()) {
                return;
            }
            for (EventEntry event : batch) {
                after = event.position();
                if (filter.recordedWithin(event.recordedAt())) {
                    sink.accept(event);
                    if (++delivered == limit) {
                        return;
                    }
                }
            }
        }
    }

    private List<EventEntry> batch(Filter filter, long after) {
        StringBuilder sql = new StringBuilder("SELECT global_index, event_identifier, type, aggregate_identifier,"
                + " sequence_number, time_stamp, payload_type, payload_revision, payload, meta_data"
                + " FROM domain_event_entry WHERE global_index > :after");
        Map<String, Object> params = new HashMap<>();
        params.put("after", after);
        if (filter.type() != null) {
            if (filter.type().contains(".")) {
                sql.append(" AND payload_type = :type");
                params.put("type", filter.type());
            } else {
                sql.append(" AND payload_type LIKE :type");
                params.put("type", "%." + filter.type());
            }
        }
        if (filter.aggregateId() != null) {
            sql.append(" AND aggregate_identifier = :aggregate");
            params.put("aggregate", filter.aggregateId());
        }
        sql.append(" ORDER BY global_index LIMIT ").append(BATCH);
        return jdbc.sql(sql.toString())
                .paramSource(params)
                .query((rs, n) -> {
                    String payloadType = rs.getString("payload_type");
                    Map<String, Object> payload = json(rs.getBytes("payload"));
                    return new EventEntry(
                            rs.getLong("global_index"),
                            rs.getString("event_identifier"),
                            payloadType.substring(payloadType.lastIndexOf('.') + 1),
                            payloadType,
                            rs.getString("payload_revision"),
                            rs.getString("type"),
                            rs.getString("aggregate_identifier"),
                            rs.getLong("sequence_number"),
                            Instant.parse(rs.getString("time_stamp")),
                            occurredOn(payload),
                            json(rs.getBytes("meta_data")),
                            payload);
                })
                .list();
    }

    static LocalDate occurredOn(Map<String, Object> payload) {
        for (String field : OCCURRED_FIELDS) {
            Object value = payload.get(field);
            if (value instanceof String text && text.length() >= 10) {
                try {
                    return LocalDate.parse(text.substring(0, 10));
                } catch (RuntimeException e) {
                    // not a date after all
                }
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return Map.of();
        }
        return JSON.readValue(bytes, Map.class);
    }
}
