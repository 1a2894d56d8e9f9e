package dk.samvaer.feed.webhooks;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The webhooks' settings ({@code samvaer.webhooks.*}).
 *
 * @param allowedHosts the hosts a webhook may be sent to: exact names or IP addresses, or {@code *.example.dk} for
 *     every name under example.dk; empty (the default) refuses every webhook. Checked when a subscription is made and
 *     again before every attempt
 * @param maxRetryDuration how long a subscription's oldest delivery may keep failing before the subscription is paused;
 *     default PT24H
 * @param initialBackoff the wait after the first failed attempt, doubled after each further one (with jitter); default
 *     PT10S
 * @param maxBackoff the longest wait between two attempts; default PT1H
 * @param timeout how long an attempt may take (to connect, and for the answer); default PT10S
 * @param pollInterval how often each node looks for deliveries that are due; default PT0.5S
 * @param lease how long a node holds a subscription's sending turn without renewing it: the longest another node
 *     waits after this one died; default PT30S, and longer than {@code timeout}
 */
@ConfigurationProperties("samvaer.webhooks")
public record WebhookProperties(
        List<String> allowedHosts,
        Duration maxRetryDuration,
        Duration initialBackoff,
        Duration maxBackoff,
        Duration timeout,
        Duration pollInterval,
        Duration lease) {

    public WebhookProperties {
        allowedHosts = allowedHosts == null
                ? List.of()
                : allowedHosts.stream()
                        .map(String::trim)
                        .filter(host -> !host.isEmpty())
                        .toList();
        maxRetryDuration = positive("max-retry-duration", maxRetryDuration, Duration.ofHours(24));
        initialBackoff = positive("initial-backoff", initialBackoff, Duration.ofSeconds(10));
        maxBackoff = positive("max-backoff", maxBackoff, Duration.ofHours(1));
        timeout = positive("timeout", timeout, Duration.ofSeconds(10));
        pollInterval = positive("poll-interval", pollInterval, Duration.ofMillis(500));
        lease = positive("lease", lease, Duration.ofSeconds(30));
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("samvaer.webhooks.max-backoff must not be shorter than initial-backoff");
        }
        if (lease.compareTo(timeout) <= 0) {
            throw new IllegalArgumentException(
                    "samvaer.webhooks.lease must be longer than samvaer.webhooks.timeout, or another node could send"
                            + " the same delivery while an attempt is still waiting for its answer");
        }
    }

    private static Duration positive(String name, Duration value, Duration fallback) {
        if (value == null) {
            return fallback;
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("samvaer.webhooks." + name + " must be positive, not " + value);
        }
        return value;
    }
}
