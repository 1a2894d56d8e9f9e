package dk.samvaer.kernel.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code samvaer.outreach.*}.
 *
 * @param pseudonymSecret the HMAC secret of the keyed lookup that finds a citizen's key in the key vault (and of
 *     request fingerprints): at least 32 random characters, the same on every node, never changed; generated in the
 *     data directory on H2 when not set, required on PostgreSQL
 */
@ConfigurationProperties("samvaer.outreach")
public record PseudonymProperties(String pseudonymSecret) {}
