package dk.samvaer.feed.webhooks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The webhooks in {@code /actuator/health} (component {@code webhooks}): how many subscriptions there are, which are
 * paused and why, and whether the outbox is being written. Always UP: a receiver that is down, or a paused
 * subscription, is the subscriber's problem to fix and must not take the service out of its load balancer; it is
 * flagged here, in {@code samvaer_webhook_subscriptions_paused} and by the alert on it.
 */
@Component("webhooks")
class WebhookHealth implements HealthIndicator {

    private final JdbcClient jdbc;
    private final WebhookOutbox outbox;

    WebhookHealth(JdbcClient jdbc, WebhookOutbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    @Override
    public Health health() {
        try {
            return look();
        } catch (RuntimeException e) {
            // the database's own indicator says what is wrong with it
            return Health.unknown()
                    .withDetail("error", e.getClass().getSimpleName())
                    .build();
        }
    }

    private Health look() {
        long subscriptions = jdbc.sql("SELECT COUNT(*) FROM feed_webhook_subscription")
                .query(Long.class)
                .single();
        List<Map<String, Object>> paused = jdbc.sql(
                        "SELECT id, url, paused_reason, paused_at FROM feed_webhook_subscription"
                                + " WHERE status = 'PAUSED' ORDER BY paused_at, id")
                .query((rs, n) -> {
                    Map<String, Object> one = new LinkedHashMap<>();
                    one.put("id", rs.getString("id"));
                    one.put("url", rs.getString("url"));
                    one.put("pausedReason", rs.getString("paused_reason"));
                    one.put("pausedAt", String.valueOf(Subscriptions.instant(rs, "paused_at")));
                    return one;
                })
                .list();
        Health.Builder health =
                Health.up().withDetail("subscriptions", subscriptions).withDetail("paused", paused);
        if (outbox.lastError() != null) {
            health.withDetail("outboxError", outbox.lastError());
        }
        return health.build();
    }
}
