package dk.samvaer.kernel.security;

import dk.samvaer.kernel.node.NodeProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.stereotype.Component;

/**
 * Keyed hashes (HMAC-SHA-256) instead of identifying values. A case system's citizen reference becomes a keyed lookup
 * per municipality, which finds the citizen's entry in the citizen key vault (outreach, ADR 0016) and is never stored
 * in an event; events carry a token derived from the random key of that entry ({@link #citizenToken}), so deleting the
 * entry leaves them unlinkable. Request fingerprints for idempotency are keyed like the lookup, so they reveal nothing
 * either.
 *
 * <p>The secret is {@code samvaer.outreach.pseudonym-secret}. Without one, the embedded store generates a secret on
 * first start and keeps it in the data directory (never in an event); with PostgreSQL, where several nodes must share
 * it, a configured secret is required.
 */
@Component
@EnableConfigurationProperties(PseudonymProperties.class)
public class Pseudonyms {

    private static final Logger log = LoggerFactory.getLogger(Pseudonyms.class);
    static final String FILE = "pseudonym-secret";

    private final byte[] secret;

    @Autowired
    Pseudonyms(PseudonymProperties properties, NodeProperties node, DataSourceProperties dataSource) {
        this(properties.pseudonymSecret(), node.dataDir(), dataSource.getUrl());
    }

    Pseudonyms(String configured, Path dataDir, String datasourceUrl) {
        this.secret = secret(configured, dataDir, datasourceUrl);
    }

    /**
     * The keyed lookup of a citizen reference in a municipality: {@code p1_} and 43 base64url characters. Before the
     * vault (ADR 0016) events carried this value itself as the citizen's pseudonym.
     */
    public String citizen(String municipalityCode, String citizenRef) {
        byte[] municipalityKey = hmac(secret, ("municipality:" + municipalityCode).getBytes(StandardCharsets.UTF_8));
        byte[] pseudonym = hmac(municipalityKey, citizenRef.strip().getBytes(StandardCharsets.UTF_8));
        return "p1_" + Base64.getUrlEncoder().withoutPadding().encodeToString(pseudonym);
    }

    /**
     * The token events carry for a citizen: {@code t1_} and 43 base64url characters derived from the citizen's random
     * key. Without the key (erased, expired) nothing leads from a reference to the token.
     */
    public String citizenToken(byte[] citizenKey) {
        return "t1_"
                + Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(hmac(citizenKey, "citizen-token".getBytes(StandardCharsets.UTF_8)));
    }

    /** A keyed fingerprint of request data, for idempotency: equal data, equal fingerprint; nothing recoverable. */
    public String fingerprint(byte[] data) {
        return HexFormat.of().formatHex(hmac(hmac(secret, "fingerprint".getBytes(StandardCharsets.UTF_8)), data));
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] secret(String configured, Path dataDir, String datasourceUrl) {
        if (configured != null && !configured.isBlank()) {
            if (configured.strip().length() < 32) {
                throw new IllegalStateException(
                        "samvaer.outreach.pseudonym-secret must be at least 32 characters of random text.");
            }
            return configured.strip().getBytes(StandardCharsets.UTF_8);
        }
        if (datasourceUrl != null && datasourceUrl.startsWith("jdbc:postgresql")) {
            throw new IllegalStateException("samvaer.outreach.pseudonym-secret is required with PostgreSQL: every node"
                    + " must derive the same pseudonyms. Set it (env SAMVAER_OUTREACH_PSEUDONYMSECRET) to at least"
                    + " 32 characters of random text, the same on every node.");
        }
        Path file = dataDir.resolve(FILE);
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, Base64.getEncoder().encodeToString(fresh), StandardCharsets.US_ASCII);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system
                }
                log.warn(
                        "No samvaer.outreach.pseudonym-secret configured: generated one in {}. Keep that file (and back"
                                + " it up with the data); without it, citizens can no longer be recognised across events.",
                        file.toAbsolutePath());
            }
            return Base64.getDecoder()
                    .decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the pseudonym secret " + file, e);
        }
    }
}
