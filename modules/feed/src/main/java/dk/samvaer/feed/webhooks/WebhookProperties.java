package dk.samvaer.feed.webhooks;

import dk.samvaer.kernel.Settings;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The webhooks' settings ({@code samvaer.webhooks.*}).
 *
 * @param allowedHosts the hosts a webhook may be sent to: exact names or IP addresses, or *.example.dk for
 *     every name under example.dk; empty (the default) refuses every webhook. Checked when a subscription is made and
 *     again before every attempt
 * @param maxRetryDuration how long a subscription's oldest delivery may keep failing before the subscription is paused
 * @param initialBackoff the wait after the first failed attempt, doubled after each further one (with jitter)
 * @param maxBackoff the longest wait between two attempts
 * @param timeout how long an attempt may take (to connect, and for the answer)
 * @param pollInterval how often each node looks for deliveries that are due
 * @param lease how long a node holds a subscription's sending turn without renewing it: the longest another node
 *     waits after this one died; longer than timeout
 */
@ConfigurationProperties("samvaer.webhooks")
public record WebhookProperties(
        @DefaultValue List<String> allowedHosts,
        @DefaultValue("PT24H") Duration maxRetryDuration,
        @DefaultValue("PT10S") Duration initialBackoff,
        @DefaultValue("PT1H") Duration maxBackoff,
        @DefaultValue("PT10S") Duration timeout,
        @DefaultValue("PT0.5S") Duration pollInterval,
        @DefaultValue("PT30S") Duration lease) {

    public WebhookProperties {
        allowedHosts = allowedHosts.stream()
                .map(String::trim)
                .filter(host -> !host.isEmpty())
                .toList();
        Settings.positive("samvaer.webhooks.max-retry-duration", maxRetryDuration);
        Settings.positive("samvaer.webhooks.initial-backoff", initialBackoff);
        Settings.positive("samvaer.webhooks.max-backoff", maxBackoff);
        Settings.positive("samvaer.webhooks.timeout", timeout);
        Settings.positive("samvaer.webhooks.poll-interval", pollInterval);
        Settings.positive("samvaer.webhooks.lease", lease);
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("samvaer.webhooks.max-backoff must not be shorter than initial-backoff");
        }
        if (lease.compareTo(timeout) <= 0) {
            throw new IllegalArgumentException(
                    "samvaer.webhooks.lease must be longer than samvaer.webhooks.timeout, or another node could send"
                            + " the same delivery while an attempt is still waiting for its answer");
        }
    }
}
