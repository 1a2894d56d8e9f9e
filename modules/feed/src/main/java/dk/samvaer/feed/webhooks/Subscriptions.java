package dk.samvaer.feed.webhooks;

import dk.samvaer.feed.api.Webhook;
import dk.samvaer.feed.api.WebhookCreated;
import dk.samvaer.feed.api.WebhookDelivery;
import dk.samvaer.feed.api.WebhookDeliveryStatus;
import dk.samvaer.feed.api.WebhookStatus;
import dk.samvaer.kernel.Denmark;
import dk.samvaer.kernel.InvalidInput;
import dk.samvaer.kernel.NotFound;
import dk.samvaer.kernel.Page;
import dk.samvaer.kernel.Paging;
import dk.samvaer.kernel.Texts;
import dk.samvaer.kernel.security.Caller;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The webhook subscriptions and their delivery logs, in tables ({@code feed_webhook_*}). A subscription outside a
 * caller's municipalities does not exist for them: a caller who sees every municipality sees every subscription; any
 * other sees those naming only municipalities of theirs.
 */
@Component
public class Subscriptions {

    private static final Logger log = LoggerFactory.getLogger(Subscriptions.class);

    static final String COLUMNS = "id, url, event_types, municipality_codes, secret, status, paused_reason, paused_at,"
            + " start_position, enqueued_position, created_at, created_by";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final EventStore eventStore;
    private final Clock clock = Clock.systemUTC();

    Subscriptions(JdbcClient jdbc, TransactionTemplate transaction, EventStore eventStore) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.eventStore = eventStore;
    }

    /** A subscription as stored. */
    record Stored(
            String id,
            String url,
            List<String> eventTypes,
            List<String> municipalityCodes,
            String secret,
            WebhookStatus status,
            String pausedReason,
            Instant pausedAt,
            long startPosition,
            long enqueuedPosition,
            Instant createdAt,
            String createdBy) {

        /** Whether the caller may see (and manage) it. */
        boolean visibleTo(Caller caller) {
            return caller.allMunicipalities()
                    || (!municipalityCodes.isEmpty() && caller.municipalities().containsAll(municipalityCodes));
        }

        static Stored read(ResultSet rs) throws SQLException {
            return new Stored(
                    rs.getString("id"),
                    rs.getString("url"),
                    split(rs.getString("event_types")),
                    split(rs.getString("municipality_codes")),
                    rs.getString("secret"),
                    WebhookStatus.valueOf(rs.getString("status")),
                    rs.getString("paused_reason"),
                    instant(rs, "paused_at"),
                    rs.getLong("start_position"),
                    rs.getLong("enqueued_position"),
                    instant(rs, "created_at"),
                    rs.getString("created_by"));
        }
    }

    /** The longest URL a webhook may have. */
    public static final int MAX_URL = 2048;

    /** The most event types a subscription may name. */
    public static final int MAX_EVENT_TYPES = 200;

    /**
     * Subscribes the URL to events of the types and municipalities (empty: all) recorded after the log's current head;
     * the answer carries the secret, which is never shown again.
     */
    public WebhookCreated create(String url, Collection<String> eventTypes, Collection<String> codes, Caller caller) {
        Texts.required("url", url, MAX_URL);
        if (eventTypes.size() > MAX_EVENT_TYPES) {
            throw new InvalidInput(
                    "too-many-event-types", "eventTypes", "At most " + MAX_EVENT_TYPES + " event types.");
        }
        if (codes.size() > Denmark.MUNICIPALITIES || !codes.stream().allMatch(Denmark::isMunicipalityCode)) {
            throw new InvalidInput(
                    "municipality-codes",
                    "municipalityCodes",
                    "Municipality codes are three digits, at most " + Denmark.MUNICIPALITIES + " of them.");
        }
        String id = UUID.randomUUID().toString();
        String secret = Signature.newSecret();
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> {
            long head = head();
            jdbc.sql("INSERT INTO feed_webhook_subscription (" + COLUMNS + ") VALUES (:id, :url, :types, :codes,"
                            + " :secret, 'ACTIVE', NULL, NULL, :head, :head, :now, :by)")
                    .param("id", id)
                    .param("url", url)
                    .param("types", join(eventTypes))
                    .param("codes", join(codes))
                    .param("secret", secret)
                    .param("head", head)
                    .param("now", utc(now))
                    .param("by", caller.name())
                    .update();
            jdbc.sql("INSERT INTO feed_webhook_lease (subscription_id, owner, expires_at) VALUES (?, NULL, ?)")
                    .params(id, utc(now))
                    .update();
        });
        log.info(
                "Webhook {} to {} created by {} for types {} in municipalities {}",
                id,
                url,
                caller.name(),
                eventTypes.isEmpty() ? "(all)" : join(eventTypes),
                codes.isEmpty() ? "(all)" : join(codes));
        return new WebhookCreated(id, secret, view(require(id, caller)));
    }

    /** The subscriptions the caller sees, oldest first. */
    public Page<Webhook> list(Caller caller, Paging paging) {
        List<Stored> visible = all().stream().filter(s -> s.visibleTo(caller)).toList();
        return paging.of(visible).map(this::view);
    }

    public Webhook get(String id, Caller caller) {
        return view(require(id, caller));
    }

    /** The subscription if it exists and the caller sees it; otherwise 404. */
    Stored require(String id, Caller caller) {
        return find(id).filter(s -> s.visibleTo(caller)).orElseThrow(() -> new NotFound("No such webhook."));
    }

    Optional<Stored> find(String id) {
        if (!isUuid(id)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM feed_webhook_subscription WHERE id = ?")
                .param(id)
                .query((rs, n) -> Stored.read(rs))
                .optional();
    }

    List<Stored> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM feed_webhook_subscription ORDER BY created_at, id")
                .query((rs, n) -> Stored.read(rs))
                .list();
    }

    /** Removes the subscription, its delivery log and its lease; nothing more is sent. */
    public void delete(String id, Caller caller) {
        require(id, caller);
        transaction.executeWithoutResult(status -> {
            WebhookOutbox.lockWriter(jdbc);
            jdbc.sql("DELETE FROM feed_webhook_subscription WHERE id = ?")
                    .param(id)
                    .update();
        });
        log.info("Webhook {} deleted by {}", id, caller.name());
    }

    /**
     * Makes a paused subscription active again: its failed delivery (and everything after it) is retried at once, with
     * a fresh retry period. An active one is left as it is.
     */
    public void resume(String id, Caller caller) {
        require(id, caller);
        Instant now = clock.instant();
        Boolean resumed = transaction.execute(status -> {
            if (jdbc.sql("UPDATE feed_webhook_subscription SET status = 'ACTIVE', paused_reason = NULL,"
                                    + " paused_at = NULL WHERE id = ? AND status = 'PAUSED'")
                            .param(id)
                            .update()
                    == 0) {
                return false;
            }
            jdbc.sql("UPDATE feed_webhook_delivery SET status = 'PENDING', first_failed_at = NULL,"
                            + " next_attempt_at = ? WHERE subscription_id = ? AND status IN ('PENDING', 'FAILED')")
                    .params(utc(now), id)
                    .update();
            return true;
        });
        if (Boolean.TRUE.equals(resumed)) {
            log.info("Webhook {} resumed by {}", id, caller.name());
        }
    }

    /**
     * Sends again every event of the subscription from the position on, in order: deliveries already made start over,
     * and matching events not in the log yet (before the subscription began, say) are added. A paused subscription
     * sends them once resumed.
     */
    public void resend(String id, long fromPosition, Caller caller) {
        if (fromPosition < 0) {
            throw new InvalidInput("position-negative", "fromPosition", "A position is 0 or more.");
        }
        require(id, caller);
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> {
            WebhookOutbox.lockWriter(jdbc);
            jdbc.sql("UPDATE feed_webhook_delivery SET status = 'PENDING', attempts = 0, last_error = NULL,"
                            + " last_attempt_at = NULL, first_failed_at = NULL, delivered_at = NULL,"
                            + " next_attempt_at = ? WHERE subscription_id = ? AND position >= ?")
                    .params(utc(now), id, fromPosition)
                    .update();
            jdbc.sql(
                            "UPDATE feed_webhook_subscription SET enqueued_position = ? WHERE id = ? AND enqueued_position > ?")
                    .params(fromPosition - 1, id, fromPosition - 1)
                    .update();
        });
        log.info("Webhook {}: resend from position {} asked by {}", id, fromPosition, caller.name());
    }

    /** The delivery log, newest first. */
    public Page<WebhookDelivery> deliveries(String id, Caller caller, Paging paging) {
        require(id, caller);
        long total = jdbc.sql("SELECT COUNT(*) FROM feed_webhook_delivery WHERE subscription_id = ?")
                .param(id)
                .query(Long.class)
                .single();
        List<WebhookDelivery> page = jdbc.sql("SELECT position, event_id, event_type, recorded_at, status, attempts,"
                        + " last_error, last_attempt_at, next_attempt_at, delivered_at FROM feed_webhook_delivery"
                        + " WHERE subscription_id = ? ORDER BY position DESC LIMIT ? OFFSET ?")
                .params(id, paging.size(), paging.offset())
                .query((rs, n) -> {
                    WebhookDeliveryStatus status = WebhookDeliveryStatus.valueOf(rs.getString("status"));
                    return new WebhookDelivery(
                            rs.getLong("position"),
                            rs.getString("event_id"),
                            rs.getString("event_type"),
                            instant(rs, "recorded_at"),
                            status,
                            rs.getInt("attempts"),
                            rs.getString("last_error"),
                            instant(rs, "last_attempt_at"),
                            status == WebhookDeliveryStatus.PENDING ? instant(rs, "next_attempt_at") : null,
                            instant(rs, "delivered_at"));
                })
                .list();
        return paging.of(page, total);
    }

    Webhook view(Stored stored) {
        return jdbc.sql("SELECT MAX(CASE WHEN status = 'DELIVERED' THEN position END) AS last_delivered,"
                        + " SUM(CASE WHEN status <> 'DELIVERED' THEN 1 ELSE 0 END) AS lag,"
                        + " MIN(CASE WHEN status <> 'DELIVERED' THEN recorded_at END) AS pending_since"
                        + " FROM feed_webhook_delivery WHERE subscription_id = ?")
                .param(stored.id())
                .query((rs, n) -> {
                    long lastDelivered = rs.getLong("last_delivered");
                    Long last = rs.wasNull() ? null : lastDelivered;
                    return new Webhook(
                            stored.id(),
                            stored.url(),
                            stored.eventTypes(),
                            stored.municipalityCodes(),
                            stored.status(),
                            stored.pausedReason(),
                            stored.pausedAt(),
                            stored.startPosition(),
                            last,
                            rs.getLong("lag"),
                            instant(rs, "pending_since"),
                            stored.createdAt(),
                            stored.createdBy());
                })
                .single();
    }

    /** The position of the newest event stored (0 for an empty store). */
    long head() {
        TrackingToken token = eventStore.createHeadToken();
        return token == null ? 0 : token.position().orElse(0);
    }

    static boolean isUuid(String id) {
        try {
            return UUID.fromString(id).toString().equals(id);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static String join(Collection<String> values) {
        return String.join(",", new TreeSet<>(values));
    }

    static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
