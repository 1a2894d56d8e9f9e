package dk.samvaer.app.eventstore;

import dk.samvaer.kernel.Settings;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code samvaer.event-store.*}.
 *
 * @param batchSize most events the store reads in one query when a processor or a replay streams it
 * @param fetchDelay the longest a processor waits before it looks again for events committed by another node (or
 *     after a missed wake-up)
 */
@ConfigurationProperties("samvaer.event-store")
public record EventStoreProperties(@DefaultValue("500") int batchSize, @DefaultValue("PT0.05S") Duration fetchDelay) {

    public EventStoreProperties {
        Settings.atLeast("samvaer.event-store.batch-size", batchSize, 1);
        Settings.positive("samvaer.event-store.fetch-delay", fetchDelay);
    }
}
