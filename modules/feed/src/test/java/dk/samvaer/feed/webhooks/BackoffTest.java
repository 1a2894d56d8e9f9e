package dk.samvaer.feed.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;

class BackoffTest {

    /** The settings as Spring binds them when none is given. */
    private final WebhookProperties defaults = new Binder().bindOrCreate("samvaer.webhooks", WebhookProperties.class);

    @Test
    void theWaitDoublesWithEachFailureBetweenHalfAndAllOfIt() {
        assertThat(WebhookSender.backoff(defaults, 1, null, 0.0)).isEqualTo(Duration.ofSeconds(5));
        assertThat(WebhookSender.backoff(defaults, 1, null, 0.999))
                .isBetween(Duration.ofMillis(9990), Duration.ofSeconds(10));
        assertThat(WebhookSender.backoff(defaults, 2, null, 0.0)).isEqualTo(Duration.ofSeconds(10));
        assertThat(WebhookSender.backoff(defaults, 4, null, 0.0)).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void theWaitIsCappedAtTheMaximumBackoff() {
        assertThat(WebhookSender.backoff(defaults, 30, null, 0.999)).isLessThanOrEqualTo(Duration.ofHours(1));
        assertThat(WebhookSender.backoff(defaults, 1000, null, 0.0)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void aRetryAfterLongerThanTheBackoffIsHonouredUpToTheMaximum() {
        assertThat(WebhookSender.backoff(defaults, 1, Duration.ofSeconds(120), 0.0))
                .isEqualTo(Duration.ofSeconds(120));
        assertThat(WebhookSender.backoff(defaults, 1, Duration.ofDays(1), 0.0)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void theDefaultsAreThoseOfTheIssueAndALeaseMustOutlastAnAttempt() {
        assertThat(defaults.maxRetryDuration()).isEqualTo(Duration.ofHours(24));
        assertThat(defaults.allowedHosts()).isEmpty();
        assertThatThrownBy(() -> new WebhookProperties(
                        List.of(),
                        defaults.maxRetryDuration(),
                        defaults.initialBackoff(),
                        defaults.maxBackoff(),
                        Duration.ofSeconds(30),
                        defaults.pollInterval(),
                        Duration.ofSeconds(30)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lease");
    }
}
