package dk.samvaer.audit.query;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Extends the ledger as events settle. Off for the read-only audit CLI. */
@Component
@ConditionalOnProperty(name = "samvaer.audit.ledger.enabled", havingValue = "true", matchIfMissing = true)
class LedgerSchedule {

    private static final Logger log = LoggerFactory.getLogger(LedgerSchedule.class);

    private final Ledger ledger;

    LedgerSchedule(Ledger ledger) {
        this.ledger = ledger;
    }

    @Scheduled(fixedDelayString = "${samvaer.audit.ledger.interval:PT2S}", initialDelayString = "PT1S")
    void extend() {
        try {
            ledger.extend();
        } catch (RuntimeException e) {
            // Another node may have chained the same events first; the next run continues from its checkpoint.
            log.debug("The ledger could not be extended this time", e);
        }
    }
}
