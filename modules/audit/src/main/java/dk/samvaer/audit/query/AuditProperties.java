package dk.samvaer.audit.query;

import dk.samvaer.kernel.Settings;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code samvaer.audit.*}.
 *
 * @param ledger the hash chain over the event store (docs/audit.md)
 * @param rebuild rebuilding the read models from the events (POST /api/v1/audit/rebuild)
 */
@ConfigurationProperties("samvaer.audit")
public record AuditProperties(@DefaultValue Ledger ledger, @DefaultValue Rebuild rebuild) {

    /**
     * {@code samvaer.audit.ledger.*}.
     *
     * @param enabled whether this node chains new events (off in the read-only audit CLI)
     * @param interval how often the ledger chains new events
     * @param settle how long a transaction may keep a position open: the ledger chains, and the feed serves, an event
     *     after a gap in positions only once it is this old
     */
    public record Ledger(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("PT2S") Duration interval,
            @DefaultValue("PT5S") Duration settle) {

        public Ledger {
            Settings.positive("samvaer.audit.ledger.interval", interval);
            Settings.notNegative("samvaer.audit.ledger.settle", settle);
        }
    }

    /**
     * {@code samvaer.audit.rebuild.*}.
     *
     * @param timeout how long a rebuild waits for the read models to catch up with the store before it reports a
     *     failure
     */
    public record Rebuild(@DefaultValue("PT30M") Duration timeout) {

        public Rebuild {
            Settings.positive("samvaer.audit.rebuild.timeout", timeout);
        }
    }
}
