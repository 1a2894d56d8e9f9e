package dk.samvaer.app.eventstore;

import dk.samvaer.kernel.Settings;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code samvaer.processors.*}: the processor that runs every projection, and how nodes share its segments (ADR 0015).
 * When a projection counts as stalled is {@code samvaer.processors.faults.*}.
 *
 * @param mode pooled; axon-defaults runs Axon's default tracking processors instead (one thread and
 *     segment, batches of one event, polling the store): the rebuild benchmark's baseline, not for production
 * @param initialSegments segments of the projections processor, which runs every projection and reads each
 *     event once (parallelism, shared across nodes)
 * @param batchSize most events per projection transaction; the projections' writes of a batch run together at its
 *     commit, as JDBC batches
 * @param claimInterval how often a node claims free segments
 * @param claimTimeout when a dead node's segment claims expire
 * @param balanceInterval how often a node announces itself and hands segments above its fair share to the others; a
 *     node that missed three beats is gone (its segments and pending idempotency claims are taken over)
 * @param wakePollInterval how often projections look for events appended by other nodes (this node's own commits
 *     wake them at once)
 */
@ConfigurationProperties("samvaer.processors")
public record ProcessorProperties(
        @DefaultValue("pooled") Mode mode,
        @DefaultValue("4") int initialSegments,
        @DefaultValue("500") int batchSize,
        @DefaultValue("PT5S") Duration claimInterval,
        @DefaultValue("PT10S") Duration claimTimeout,
        @DefaultValue("PT2S") Duration balanceInterval,
        @DefaultValue("PT0.05S") Duration wakePollInterval) {

    /** How projections are processed. */
    public enum Mode {
        /** One pooled streaming processor for every projection, its segments balanced across nodes (production). */
        POOLED,
        /** Axon's default tracking processors: the rebuild benchmark's baseline. */
        AXON_DEFAULTS
    }

    public ProcessorProperties {
        if (mode == null) {
            throw new IllegalArgumentException("samvaer.processors.mode is pooled or axon-defaults.");
        }
        Settings.atLeast("samvaer.processors.initial-segments", initialSegments, 1);
        Settings.atLeast("samvaer.processors.batch-size", batchSize, 1);
        Settings.positive("samvaer.processors.claim-interval", claimInterval);
        Settings.positive("samvaer.processors.claim-timeout", claimTimeout);
        Settings.positive("samvaer.processors.balance-interval", balanceInterval);
        Settings.positive("samvaer.processors.wake-poll-interval", wakePollInterval);
    }
}
