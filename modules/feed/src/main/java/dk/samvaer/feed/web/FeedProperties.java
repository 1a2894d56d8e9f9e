package dk.samvaer.feed.web;

import dk.samvaer.kernel.Settings;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The outbound feed's settings.
 *
 * @param maxWait the longest a client may ask the feed to wait for new events (wait)
 * @param pollInterval how often a waiting request looks for new events
 */
@ConfigurationProperties("samvaer.feed")
public record FeedProperties(@DefaultValue("PT30S") Duration maxWait, @DefaultValue("PT0.2S") Duration pollInterval) {

    public FeedProperties {
        Settings.positive("samvaer.feed.max-wait", maxWait);
        Settings.positive("samvaer.feed.poll-interval", pollInterval);
    }
}
