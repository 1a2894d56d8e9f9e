package dk.samvaer.outreach.vault;

import dk.samvaer.kernel.Denmark;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the retention job on {@code samvaer.privacy.retention-cron}. Off for the read-only audit CLI. */
@Component
@ConditionalOnProperty(name = "samvaer.read-only", havingValue = "false", matchIfMissing = true)
class RetentionSchedule {

    private static final Logger log = LoggerFactory.getLogger(RetentionSchedule.class);

    private final Retention retention;

    RetentionSchedule(Retention retention) {
        this.retention = retention;
    }

    @Scheduled(
            cron = "${samvaer.privacy.retention-cron:" + PrivacyProperties.DEFAULT_RETENTION_CRON + "}",
            zone = Denmark.ZONE_ID)
    void run() {
        try {
            retention.shredExpired();
        } catch (RuntimeException e) {
            // Nothing was shredded (the transaction rolled back); the next night tries again.
            log.warn("The retention job failed; it runs again at its next time", e);
        }
    }
}
