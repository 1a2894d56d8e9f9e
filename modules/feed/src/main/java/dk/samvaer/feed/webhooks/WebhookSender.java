package dk.samvaer.feed.webhooks;

import dk.samvaer.feed.api.WebhookStatus;
import dk.samvaer.kernel.node.ClusterNode;
import dk.samvaer.kernel.node.ConditionalOnWritableNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the webhooks' outbox. Every node polls ({@code samvaer.webhooks.poll-interval}, and at once when the outbox
 * was written): it writes what the log has settled into the outbox, then takes, for each active subscription whose
 * oldest undelivered delivery is due, the subscription's lease (owner = this node, until now + lease; free, expired or
 * already its own), and sends that subscription's deliveries oldest first, renewing the lease before each attempt.
 *
 * <p>A 2xx answer is delivered, and the next one goes at once. Anything else (another status, a redirect, which is
 * never followed, a timeout, a refused connection) is a failed attempt: the next one waits an exponential backoff with
 * jitter, capped, and nothing later of the subscription is sent meanwhile (deliveries keep their order). Once the
 * oldest delivery has failed for longer than {@code max-retry-duration}, it is FAILED and the subscription PAUSED with
 * the reason; 410 Gone pauses at once, and so does a host the operator no longer allows. An attempt's outcome is
 * recorded only while this node still holds the lease; one whose lease was taken over is sent again by the new holder
 * (at least once). A node that stops releases its leases; one that dies holds them until they expire. The read-only
 * audit CLI sends nothing.
 */
@Component
@ConditionalOnWritableNode
class WebhookSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

    /** Deliveries sent per subscription in one turn before the lease is given back for others to take. */
    static final int PER_TURN = 100;
    /** Subscriptions this node sends to at once. */
    static final int SENDERS = 4;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final WebhookOutbox outbox;
    private final WebhookMetrics metrics;
    private final WebhookProperties properties;
    private final AllowedHosts allowedHosts;
    private final String node;
    private final Clock clock = Clock.systemUTC();
    private final HttpClient http;
    private final Set<String> sending = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean woken = new AtomicBoolean();
    private volatile boolean running;
    private ScheduledExecutorService poller;
    private ExecutorService senders;

    WebhookSender(
            JdbcClient jdbc,
            TransactionTemplate transaction,
            WebhookOutbox outbox,
            WebhookMetrics metrics,
            WebhookProperties properties,
            AllowedHosts allowedHosts,
            ClusterNode node) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.outbox = outbox;
        this.metrics = metrics;
        this.properties = properties;
        this.allowedHosts = allowedHosts;
        // a suffix of its own, so that two contexts given the same samvaer.node-id (a test) never share a lease
        this.node = node.id() + "/webhooks-" + UUID.randomUUID().toString().substring(0, 8);
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    @Override
    public synchronized void start() {
        running = true;
        AtomicInteger threads = new AtomicInteger();
        poller = Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "webhook-poll"));
        senders = Executors.newFixedThreadPool(
                SENDERS, task -> daemon(task, "webhook-send-" + threads.incrementAndGet()));
        poller.scheduleWithFixedDelay(
                this::poll,
                properties.pollInterval().toMillis(),
                properties.pollInterval().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    /**
     * Stops polling and abandons attempts in flight (their deliveries stay pending, to be sent again by whichever node
     * takes the subscription next), then releases this node's leases so another node need not wait for them.
     */
    @Override
    public synchronized void stop() {
        running = false;
        if (poller == null) {
            return;
        }
        poller.shutdownNow();
        senders.shutdownNow();
        try {
            if (!senders.awaitTermination(2, TimeUnit.SECONDS)) {
                log.warn("Webhook attempts still in flight at shutdown are abandoned; they will be sent again");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            jdbc.sql("UPDATE feed_webhook_lease SET owner = NULL, expires_at = ? WHERE owner = ?")
                    .params(Subscriptions.utc(clock.instant()), node)
                    .update();
        } catch (RuntimeException e) {
            log.warn("Could not release the webhook leases of {}: {}", node, e.getMessage());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Polls at once (the outbox has new rows), unless a poll is already asked for. */
    void wake() {
        ScheduledExecutorService current = poller;
        if (running && current != null && woken.compareAndSet(false, true)) {
            try {
                current.execute(this::poll);
            } catch (RuntimeException e) {
                woken.set(false); // stopping
            }
        }
    }

    /** This node's name in the leases. */
    String node() {
        return node;
    }

    private void poll() {
        woken.set(false);
        if (!running) {
            return;
        }
        try {
            outbox.catchUp();
            metrics.look();
            for (String subscription : due()) {
                if (sending.add(subscription)) {
                    try {
                        senders.execute(() -> {
                            try {
                                turn(subscription);
                            } finally {
                                sending.remove(subscription);
                            }
                        });
                    } catch (RuntimeException e) {
                        sending.remove(subscription); // stopping
                    }
                }
            }
        } catch (RuntimeException e) {
            log.warn("Webhook poll failed: {}", e.getMessage());
        }
    }

    /** Active subscriptions whose oldest undelivered delivery is due, and whose lease this node may take. */
    private List<String> due() {
        Instant now = clock.instant();
        return jdbc.sql("SELECT s.id FROM feed_webhook_subscription s JOIN feed_webhook_lease l"
                        + " ON l.subscription_id = s.id WHERE s.status = 'ACTIVE'"
                        + " AND (l.owner IS NULL OR l.owner = :node OR l.expires_at < :now)"
                        + " AND (SELECT d.next_attempt_at FROM feed_webhook_delivery d WHERE d.subscription_id = s.id"
                        + " AND d.status <> 'DELIVERED' ORDER BY d.position LIMIT 1) <= :now")
                .param("node", node)
                .param("now", Subscriptions.utc(now))
                .query(String.class)
                .list();
    }

    /** One turn at a subscription: take its lease, send what is due in order, give the lease back. */
    private void turn(String subscription) {
        if (!lease(subscription)) {
            return;
        }
        try {
            for (int sent = 0; sent < PER_TURN && running; sent++) {
                Optional<Due> next = next(subscription);
                if (next.isEmpty()
                        || !next.get().pending()
                        || next.get().nextAttemptAt().isAfter(clock.instant())
                        || !renew(subscription)) {
                    return;
                }
                if (!attempt(next.get())) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            log.warn("Webhook {}: sending stopped: {}", subscription, e.getMessage());
        } finally {
            release(subscription);
        }
    }

    /** The oldest undelivered delivery of an active subscription, with where and how to send it. */
    record Due(
            String subscription,
            String url,
            String secret,
            long position,
            String eventId,
            String type,
            byte[] body,
            boolean pending,
            int attempts,
            Instant nextAttemptAt,
            Instant firstFailedAt) {}

    private Optional<Due> next(String subscription) {
        return jdbc.sql("SELECT s.url, s.secret, d.position, d.event_id, d.event_type, d.body, d.status, d.attempts,"
                        + " d.next_attempt_at, d.first_failed_at FROM feed_webhook_subscription s"
                        + " JOIN feed_webhook_delivery d ON d.subscription_id = s.id"
                        + " WHERE s.id = ? AND s.status = 'ACTIVE' AND d.status <> 'DELIVERED'"
                        + " ORDER BY d.position LIMIT 1")
                .param(subscription)
                .query((rs, n) -> new Due(
                        subscription,
                        rs.getString("url"),
                        rs.getString("secret"),
                        rs.getLong("position"),
                        rs.getString("event_id"),
                        rs.getString("event_type"),
                        rs.getBytes("body"),
                        "PENDING".equals(rs.getString("status")),
                        rs.getInt("attempts"),
                        Subscriptions.instant(rs, "next_attempt_at"),
                        Subscriptions.instant(rs, "first_failed_at")))
                .optional();
    }

    /** The outcome of one attempt. */
    record Outcome(boolean delivered, String error, String reason, Duration retryAfter, boolean pauseNow) {

        static Outcome ok() {
            return new Outcome(true, null, null, null, false);
        }

        static Outcome failed(String error, String reason) {
            return new Outcome(false, error, reason, null, false);
        }
    }

    /** Sends the delivery once and records the outcome; whether the next may follow at once. */
    private boolean attempt(Due due) {
        Instant at = clock.instant();
        Optional<String> refusal = allowedHosts.refusal(due.url());
        Outcome outcome;
        if (refusal.isPresent()) {
            outcome = new Outcome(false, refusal.get(), "host_not_allowed", null, true);
        } else {
            try {
                outcome = send(due, at);
            } catch (InterruptedException e) {
                // stopping: the delivery stays pending, and is sent again (at least once)
                Thread.currentThread().interrupt();
                return false;
            }
        }
        if (!record(due, outcome, at)) {
            log.info("Webhook {}: lease lost during the attempt at position {}", due.subscription(), due.position());
            return false;
        }
        if (outcome.delivered()) {
            metrics.delivered(due.subscription());
        } else {
            metrics.failed(due.subscription(), outcome.reason());
        }
        return outcome.delivered();
    }

    private Outcome send(Due due, Instant at) throws InterruptedException {
        long timestamp = at.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(due.url()))
                .timeout(properties.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "Samvaer-Webhooks/1")
                .header("webhook-id", due.eventId())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", Signature.sign(due.secret(), due.eventId(), timestamp, due.body()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(due.body()))
                .build();
        HttpResponse<Void> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (HttpTimeoutException e) {
            return Outcome.failed("No answer within " + properties.timeout(), "timeout");
        } catch (IOException e) {
            return Outcome.failed(
                    "Could not send: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : " " + e.getMessage()),
                    "connection");
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return Outcome.ok();
        }
        if (status == 410) {
            return new Outcome(false, "HTTP 410: the receiver wants no more webhooks", "gone", null, true);
        }
        if (status >= 300 && status < 400) {
            return Outcome.failed(
                    "HTTP " + status + ": redirects are not followed (to "
                            + response.headers().firstValue("Location").orElse("?") + ")",
                    "redirect");
        }
        Duration retryAfter = null;
        if (status == 429 || status == 503) {
            retryAfter = response.headers()
                    .firstValue("Retry-After")
                    .filter(value -> value.matches("\\d{1,9}"))
                    .map(value -> Duration.ofSeconds(Long.parseLong(value)))
                    .orElse(null);
        }
        return new Outcome(false, "HTTP " + status, "status", retryAfter, false);
    }

    /** Records the attempt if this node still holds the lease; whether it did. */
    private boolean record(Due due, Outcome outcome, Instant at) {
        Boolean recorded = transaction.execute(status -> {
            boolean held = jdbc.sql("SELECT owner FROM feed_webhook_lease WHERE subscription_id = ? FOR UPDATE")
                    .param(due.subscription())
                    .query(String.class)
                    .optional()
                    .filter(node::equals)
                    .isPresent();
            if (!held) {
                return false;
            }
            if (outcome.delivered()) {
                jdbc.sql("UPDATE feed_webhook_delivery SET status = 'DELIVERED', attempts = attempts + 1,"
                                + " last_attempt_at = ?, delivered_at = ? WHERE subscription_id = ? AND position = ?")
                        .params(Subscriptions.utc(at), Subscriptions.utc(at), due.subscription(), due.position())
                        .update();
                return true;
            }
            Instant failingSince = due.firstFailedAt() == null ? at : due.firstFailedAt();
            boolean giveUp = outcome.pauseNow()
                    || !failingSince.plus(properties.maxRetryDuration()).isAfter(at);
            Duration wait = backoff(due.attempts() + 1, outcome.retryAfter());
            jdbc.sql("UPDATE feed_webhook_delivery SET status = ?, attempts = attempts + 1, last_error = ?,"
                            + " last_attempt_at = ?, first_failed_at = ?, next_attempt_at = ?"
                            + " WHERE subscription_id = ? AND position = ?")
                    .params(
                            giveUp ? "FAILED" : "PENDING",
                            truncate(outcome.error()),
                            Subscriptions.utc(at),
                            Subscriptions.utc(failingSince),
                            Subscriptions.utc(at.plus(wait)),
                            due.subscription(),
                            due.position())
                    .update();
            if (giveUp) {
                String reason = outcome.pauseNow()
                        ? outcome.error()
                        : "Delivery of position " + due.position() + " (" + due.type() + ") has failed since "
                                + failingSince + " (" + (due.attempts() + 1) + " attempts); last error: "
                                + outcome.error();
                jdbc.sql("UPDATE feed_webhook_subscription SET status = ?, paused_reason = ?, paused_at = ?"
                                + " WHERE id = ? AND status = 'ACTIVE'")
                        .params(
                                WebhookStatus.PAUSED.name(),
                                truncate(reason),
                                Subscriptions.utc(at),
                                due.subscription())
                        .update();
                log.warn("Webhook {} to {} is paused: {}", due.subscription(), due.url(), reason);
            }
            return true;
        });
        return Boolean.TRUE.equals(recorded);
    }

    /**
     * The wait after the given number of failed attempts: the initial backoff doubled for each failure after the first,
     * at most the maximum, then between half and all of it at random (so receivers that fail together are not retried
     * together); at least what the receiver asked for in Retry-After, up to the maximum.
     */
    private Duration backoff(int failures, Duration retryAfter) {
        return backoff(
                properties, failures, retryAfter, ThreadLocalRandom.current().nextDouble());
    }

    /** {@link #backoff(int, Duration)} with the random draw, from 0 (inclusive) to 1, given. */
    static Duration backoff(WebhookProperties properties, int failures, Duration retryAfter, double random) {
        double max = properties.maxBackoff().toMillis();
        double base = Math.min(max, properties.initialBackoff().toMillis() * Math.pow(2, Math.min(failures - 1, 40)));
        double wait = base * (0.5 + random * 0.5);
        if (retryAfter != null) {
            wait = Math.min(max, Math.max(wait, retryAfter.toMillis()));
        }
        return Duration.ofMillis((long) wait);
    }

    private boolean lease(String subscription) {
        Instant now = clock.instant();
        return jdbc.sql("UPDATE feed_webhook_lease SET owner = :node, expires_at = :until WHERE subscription_id = :id"
                                + " AND (owner IS NULL OR owner = :node OR expires_at < :now)")
                        .param("node", node)
                        .param("until", Subscriptions.utc(now.plus(properties.lease())))
                        .param("id", subscription)
                        .param("now", Subscriptions.utc(now))
                        .update()
                == 1;
    }

    private boolean renew(String subscription) {
        return jdbc.sql("UPDATE feed_webhook_lease SET expires_at = ? WHERE subscription_id = ? AND owner = ?")
                        .params(Subscriptions.utc(clock.instant().plus(properties.lease())), subscription, node)
                        .update()
                == 1;
    }

    private void release(String subscription) {
        try {
            jdbc.sql("UPDATE feed_webhook_lease SET owner = NULL, expires_at = ? WHERE subscription_id = ?"
                            + " AND owner = ?")
                    .params(Subscriptions.utc(clock.instant()), subscription, node)
                    .update();
        } catch (RuntimeException e) {
            log.warn("Could not release the lease of webhook {}: {}", subscription, e.getMessage());
        }
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 997) + "...";
    }
}
