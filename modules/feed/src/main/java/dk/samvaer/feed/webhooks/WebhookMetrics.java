package dk.samvaer.feed.webhooks;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The webhooks' metrics. Counted by the node that made the attempt: {@code samvaer_webhook_deliveries_total} by
 * {@code subscription} and {@code outcome} (delivered, failed), {@code samvaer_webhook_failures_total} by
 * {@code subscription} and {@code reason} (status, timeout, connection, redirect, gone, host_not_allowed). Read from the
 * tables every few seconds, the same on every node: {@code samvaer_webhook_lag_deliveries} (deliveries not yet
 * delivered) and {@code samvaer_webhook_lag_seconds} (how long ago the oldest of them was recorded) per
 * {@code subscription}, and {@code samvaer_webhook_subscriptions_paused}.
 */
@Component
public class WebhookMetrics {

    /** How often the gauges read the tables (on the sender's poll). */
    static final Duration LOOK_EVERY = Duration.ofSeconds(2);

    private final MeterRegistry registry;
    private final JdbcClient jdbc;
    private final Clock clock = Clock.systemUTC();
    private final MultiGauge lagDeliveries;
    private final MultiGauge lagSeconds;
    private volatile long paused;
    private volatile Instant lastLook = Instant.MIN;

    WebhookMetrics(MeterRegistry registry, JdbcClient jdbc) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.lagDeliveries = MultiGauge.builder("samvaer.webhook.lag.deliveries")
                .description("Deliveries of the subscription not yet delivered (pending or failed)")
                .register(registry);
        this.lagSeconds = MultiGauge.builder("samvaer.webhook.lag.seconds")
                .description("How long ago the oldest event the subscription has not yet received was recorded")
                .baseUnit("seconds")
                .register(registry);
        Gauge.builder("samvaer.webhook.subscriptions.paused", this, metrics -> metrics.paused)
                .description("Webhook subscriptions paused because their oldest delivery kept failing")
                .register(registry);
    }

    void delivered(String subscription) {
        counter(subscription, "delivered").increment();
    }

    void failed(String subscription, String reason) {
        counter(subscription, "failed").increment();
        Counter.builder("samvaer.webhook.failures")
                .description("Failed webhook attempts, by why")
                .tags("subscription", subscription, "reason", reason)
                .register(registry)
                .increment();
    }

    private Counter counter(String subscription, String outcome) {
        return Counter.builder("samvaer.webhook.deliveries")
                .description("Webhook attempts, by outcome")
                .tags("subscription", subscription, "outcome", outcome)
                .register(registry);
    }

    /** Reads the gauges' values from the tables when the last look is older than {@link #LOOK_EVERY}. */
    void look() {
        Instant now = clock.instant();
        if (lastLook.plus(LOOK_EVERY).isAfter(now)) {
            return;
        }
        lastLook = now;
        List<MultiGauge.Row<?>> deliveries = new ArrayList<>();
        List<MultiGauge.Row<?>> seconds = new ArrayList<>();
        long[] pausedNow = {0};
        jdbc.sql("SELECT s.id, s.status, COUNT(d.position) AS lag, MIN(d.recorded_at) AS oldest"
                        + " FROM feed_webhook_subscription s LEFT JOIN feed_webhook_delivery d"
                        + " ON d.subscription_id = s.id AND d.status <> 'DELIVERED' GROUP BY s.id, s.status")
                .query(rs -> {
                    Tags tags = Tags.of("subscription", rs.getString("id"));
                    long lag = rs.getLong("lag");
                    Instant oldest = Subscriptions.instant(rs, "oldest");
                    deliveries.add(MultiGauge.Row.of(tags, lag));
                    seconds.add(MultiGauge.Row.of(
                            tags,
                            oldest == null
                                    ? 0
                                    : Math.max(0, Duration.between(oldest, now).toMillis() / 1000.0)));
                    if ("PAUSED".equals(rs.getString("status"))) {
                        pausedNow[0]++;
                    }
                });
        lagDeliveries.register(deliveries, true);
        lagSeconds.register(seconds, true);
        paused = pausedNow[0];
    }
}
