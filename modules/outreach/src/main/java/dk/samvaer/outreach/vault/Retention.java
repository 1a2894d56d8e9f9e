package dk.samvaer.outreach.vault;

import dk.samvaer.outreach.api.RecordKeysExpired;
import dk.samvaer.outreach.api.RetentionRunId;
import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shreds the keys of citizens about whom nothing was posted for {@code samvaer.privacy.citizen-retention}, the same
 * way an erasure does, and records how many ({@link dk.samvaer.outreach.api.CitizenKeysExpired}) in the same
 * transaction. Nodes that run it at once share the work: a key is deleted, and counted, once.
 */
@Component
@EnableConfigurationProperties(PrivacyProperties.class)
public class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private final CitizenKeyVault vault;
    private final CommandGateway commands;
    private final PrivacyProperties properties;
    private final Clock clock;

    Retention(CitizenKeyVault vault, CommandGateway commands, PrivacyProperties properties, Clock clock) {
        this.vault = vault;
        this.commands = commands;
        this.properties = properties;
        this.clock = clock;
    }

    /** Runs once: answers how many keys it shredded. */
    @Transactional
    public int shredExpired() {
        LocalDate notPostedSince = LocalDate.now(clock).minus(properties.citizenRetention());
        int shredded = vault.shredNotPostedSince(notPostedSince);
        if (shredded > 0) {
            commands.sendAndWait(new RecordKeysExpired(RetentionRunId.random(), notPostedSince, shredded));
        }
        log.info("Retention: shredded {} citizen keys not used since {}", shredded, notPostedSince);
        return shredded;
    }
}
