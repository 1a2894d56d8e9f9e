package dk.samvaer.app.security;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code samvaer.security.*}: where the API keys are, which browser origins may call the API, how large a request may
 * be, which JWT claims carry roles, municipalities and the client, and how many failed authentication attempts a
 * client address may make.
 */
@ConfigurationProperties("samvaer.security")
public record SecurityProperties(
        Path apiKeysFile, Cors cors, DataSize maxRequestSize, Jwt jwt, FailedAuthentication failedAuthentication) {

    public SecurityProperties {
        failedAuthentication =
                failedAuthentication == null ? new FailedAuthentication(null, null) : failedAuthentication;
        cors = cors == null ? new Cors(List.of()) : cors;
        maxRequestSize = maxRequestSize == null ? DataSize.ofMegabytes(2) : maxRequestSize;
        jwt = jwt == null ? new Jwt(null, null, null) : jwt;
    }

    /** Origins of front ends allowed to call the API from a browser; empty means none. */
    public record Cors(List<String> allowedOrigins) {
        public Cors {
            allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        }
    }

    /** The claims of a bearer token that carry roles, municipality codes and the client id. */
    public record Jwt(String rolesClaim, String municipalitiesClaim, String clientClaim) {
        public Jwt {
            rolesClaim = rolesClaim == null ? "roles" : rolesClaim;
            municipalitiesClaim = municipalitiesClaim == null ? "municipalities" : municipalitiesClaim;
            clientClaim = clientClaim == null ? "azp" : clientClaim;
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
