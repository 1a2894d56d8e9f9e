package dk.samvaer.feed.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The outbound feed's settings.
 *
 * @param maxWait the longest a client may ask the feed to wait for new events ({@code wait}); default PT30S
 * @param pollInterval how often a waiting request looks for new events; default PT0.2S
 */
@Validated
@ConfigurationProperties("samvaer.feed")
public record FeedProperties(Duration maxWait, Duration pollInterval) {

    public FeedProperties {
        maxWait = maxWait == null ? Duration.ofSeconds(30) : maxWait;
        pollInterval = pollInterval == null ? Duration.ofMillis(200) : pollInterval;
    }
}
