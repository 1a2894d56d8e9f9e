package dk.samvaer.app.security;

import dk.samvaer.kernel.Settings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code samvaer.security.*}: where the API keys are, which browser origins may call the API, how large a request may
 * be, and how many failed authentication attempts a client address may make. Which JWT claims carry roles,
 * municipalities and the client ({@code samvaer.security.jwt.*}) is {@link dk.samvaer.kernel.security.CallerClaims},
 * shared with the web pages' OpenID Connect sign-in.
 *
 * @param apiKeysFile the API keys (digests, never keys; see README "Security"); data-dir/api-keys.yml when not set
 * @param cors which browser front ends may call the API
 * @param maxRequestSize the largest accepted request body; a larger one is refused with 413
 * @param failedAuthentication how many failed authentication attempts a client address may make
 */
@ConfigurationProperties("samvaer.security")
public record SecurityProperties(
        Path apiKeysFile,
        @DefaultValue Cors cors,
        @DefaultValue("2MB") DataSize maxRequestSize,
        @DefaultValue FailedAuthentication failedAuthentication) {

    /**
     * {@code samvaer.security.cors.*}.
     *
     * @param allowedOrigins origins of front ends allowed to call the API from a browser; none by default
     */
    public record Cors(@DefaultValue List<String> allowedOrigins) {
        public Cors {
            allowedOrigins = List.copyOf(allowedOrigins);
        }
    }

    /**
     * {@code samvaer.security.failed-authentication.*}: beyond its attempts a client address is answered 429 until
     * one is refilled.
     *
     * @param attempts failed authentication attempts a client address may make
     * @param period the time over which a client address's attempts are refilled evenly
     */
    public record FailedAuthentication(@DefaultValue("10") int attempts, @DefaultValue("PT1M") Duration period) {
        public FailedAuthentication {
            Settings.atLeast("samvaer.security.failed-authentication.attempts", attempts, 1);
            Settings.positive("samvaer.security.failed-authentication.period", period);
        }
    }
}
