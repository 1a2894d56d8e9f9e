package dk.samvaer.app.processing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code samvaer.processors.faults.*}: when a projection counts as stalled, how often the processors are watched, and
 * how many sequences the dead-letter queue of one projection may hold (beyond that, the processor stops and says so).
 */
@ConfigurationProperties("samvaer.processors.faults")
public record FaultProperties(Duration stallAfter, Duration watchInterval, Integer maxDeadLetterSequences) {

    public FaultProperties {
        stallAfter = stallAfter == null ? Duration.ofSeconds(30) : stallAfter;
        watchInterval = watchInterval == null ? Duration.ofSeconds(5) : watchInterval;
        maxDeadLetterSequences = maxDeadLetterSequences == null ? 10_000 : maxDeadLetterSequences;
    }
}
