package dk.samvaer.app.processing;

import dk.samvaer.kernel.Settings;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code samvaer.processors.faults.*} (ADR 0012).
 *
 * @param stallAfter a projection behind the store without progress (or with a segment no node holds) this long is
 *     stalled: readiness OUT_OF_SERVICE, samvaer_processor_stalled 1
 * @param watchInterval how often the processors' tokens, lag and dead letters are read for health and metrics
 * @param maxDeadLetterSequences most parked sequences per projection; beyond it the projection stalls and says so
 */
@ConfigurationProperties("samvaer.processors.faults")
public record FaultProperties(
        @DefaultValue("PT30S") Duration stallAfter,
        @DefaultValue("PT5S") Duration watchInterval,
        @DefaultValue("10000") int maxDeadLetterSequences) {

    public FaultProperties {
        Settings.positive("samvaer.processors.faults.stall-after", stallAfter);
        Settings.positive("samvaer.processors.faults.watch-interval", watchInterval);
        Settings.atLeast("samvaer.processors.faults.max-dead-letter-sequences", maxDeadLetterSequences, 1);
    }
}
