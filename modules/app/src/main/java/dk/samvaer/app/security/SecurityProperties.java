package dk.samvaer.app.security;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code samvaer.security.*}: where the API keys are, which browser origins may call the API, how large a request may
 * be, and how many failed authentication attempts a client address may make. Which JWT claims carry roles,
 * municipalities and the client ({@code samvaer.security.jwt.*}) is {@link dk.samvaer.kernel.security.CallerClaims},
 * shared with the web pages' OpenID Connect sign-in.
 */
@ConfigurationProperties("samvaer.security")
public record SecurityProperties(
        Path apiKeysFile, Cors cors, DataSize maxRequestSize, FailedAuthentication failedAuthentication) {

    public SecurityProperties {
        failedAuthentication =
                failedAuthentication == null ? new FailedAuthentication(null, null) : failedAuthentication;
        cors = cors == null ? new Cors(List.of()) : cors;
        maxRequestSize = maxRequestSize == null ? DataSize.ofMegabytes(2) : maxRequestSize;
    }

    /** Origins of front ends allowed to call the API from a browser; empty means none. */
    public record Cors(List<String> allowedOrigins) {
        public Cors {
            allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        }
    }

    /**
     * Failed authentication attempts a client address may make ({@code attempts}, 10 by default), refilled evenly over
     * {@code period} (a minute by default); beyond them its attempts are answered 429 until one is refilled.
     */
    public record FailedAuthentication(Integer attempts, Duration period) {
        public FailedAuthentication {
            attempts = attempts == null ? 10 : attempts;
            period = period == null ? Duration.ofMinutes(1) : period;
            if (attempts < 1 || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException(
                        "samvaer.security.failed-authentication needs at least one attempt per positive period.");
            }
        }
    }
}
