package dk.samvaer.audit.query;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/** Extends the ledger as events settle, every {@code samvaer.audit.ledger.interval}. Off for the read-only audit CLI. */
@Component
@ConditionalOnBooleanProperty(name = "samvaer.audit.ledger.enabled", matchIfMissing = true)
class LedgerSchedule implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(LedgerSchedule.class);

    private final Ledger ledger;
    private final Duration interval;

    LedgerSchedule(Ledger ledger, AuditProperties properties) {
        this.ledger = ledger;
        this.interval = properties.ledger().interval();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::extend, interval, Duration.ofSeconds(1)));
    }

    void extend() {
        try {
            ledger.extend();
        } catch (RuntimeException e) {
            // Another node may have chained the same events first; the next run continues from its checkpoint.
            log.debug("The ledger could not be extended this time", e);
        }
    }
}
