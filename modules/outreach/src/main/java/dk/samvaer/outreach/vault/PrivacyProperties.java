package dk.samvaer.outreach.vault;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code samvaer.privacy.*}: how long a citizen's key is kept after the last posting about them
 * ({@code citizen-retention}, five years by default), and when the retention job runs ({@code retention-cron}, a
 * Spring cron expression in Danish time, every night at 03:15 by default). See docs/privacy.md.
 */
@ConfigurationProperties("samvaer.privacy")
public record PrivacyProperties(Period citizenRetention, String retentionCron) {

    static final String DEFAULT_RETENTION_CRON = "0 15 3 * * *";

    public PrivacyProperties {
        citizenRetention = citizenRetention == null ? Period.ofYears(5) : citizenRetention;
        retentionCron = retentionCron == null ? DEFAULT_RETENTION_CRON : retentionCron;
        if (citizenRetention.isNegative() || citizenRetention.isZero()) {
            throw new IllegalArgumentException(
                    "samvaer.privacy.citizen-retention must be a positive period, such as P5Y.");
        }
    }
}
