package dk.samvaer.kernel.readmodel;

import dk.samvaer.kernel.Settings;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code samvaer.read-your-writes.*}.
 *
 * @param timeout how long a write waits for this node's read models to include it before it answers anyway
 */
@ConfigurationProperties("samvaer.read-your-writes")
public record ReadYourWritesProperties(@DefaultValue("PT2S") Duration timeout) {

    public ReadYourWritesProperties {
        Settings.notNegative("samvaer.read-your-writes.timeout", timeout);
    }
}
