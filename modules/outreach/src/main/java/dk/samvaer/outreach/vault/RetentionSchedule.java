package dk.samvaer.outreach.vault;

import dk.samvaer.kernel.Denmark;
import dk.samvaer.kernel.node.ConditionalOnWritableNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/** Runs the retention job on {@code samvaer.privacy.retention-cron}. Off for the read-only audit CLI. */
@Component
@ConditionalOnWritableNode
class RetentionSchedule implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(RetentionSchedule.class);

    private final Retention retention;
    private final String cron;

    RetentionSchedule(Retention retention, PrivacyProperties properties) {
        this.retention = retention;
        this.cron = properties.retentionCron();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addCronTask(new CronTask(this::run, new CronTrigger(cron, Denmark.ZONE)));
    }

    void run() {
        try {
            retention.shredExpired();
        } catch (RuntimeException e) {
            // Nothing was shredded (the transaction rolled back); the next night tries again.
            log.warn("The retention job failed; it runs again at its next time", e);
        }
    }
}
