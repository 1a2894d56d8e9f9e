package dk.samvaer.app.eventstore;

import dk.samvaer.kernel.Settings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code samvaer.commands.*}.
 *
 * @param maxRetries retries of a command that lost a race on its aggregate to another command (on any node)
 */
@ConfigurationProperties("samvaer.commands")
public record CommandProperties(@DefaultValue("5") int maxRetries) {

    public CommandProperties {
        Settings.atLeast("samvaer.commands.max-retries", maxRetries, 0);
    }
}
