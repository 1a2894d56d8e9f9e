package dk.samvaer.outreach.vault;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;

/**
 * {@code samvaer.privacy.*}. See docs/privacy.md.
 *
 * @param citizenRetention how long a citizen's key is kept after the last posting about them; then the retention job
 *     shreds it
 * @param retentionCron when the retention job runs: a Spring cron expression in Danish time; every node runs it, each
 *     key is shredded once
 */
@ConfigurationProperties("samvaer.privacy")
public record PrivacyProperties(
        @DefaultValue("P5Y") Period citizenRetention, @DefaultValue("0 15 3 * * *") String retentionCron) {

    public PrivacyProperties {
        if (citizenRetention.isNegative() || citizenRetention.isZero()) {
            throw new IllegalArgumentException(
                    "samvaer.privacy.citizen-retention must be a positive period, such as P5Y.");
        }
        if (!CronExpression.isValidExpression(retentionCron)) {
            throw new IllegalArgumentException("samvaer.privacy.retention-cron must be a Spring cron expression, such"
                    + " as 0 15 3 * * * (every night at 03:15), not " + retentionCron);
        }
    }
}
