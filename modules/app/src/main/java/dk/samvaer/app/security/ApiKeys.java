package dk.samvaer.app.security;

import dk.samvaer.kernel.security.Caller;
import dk.samvaer.kernel.security.CallerFile;
import dk.samvaer.programme.api.Municipalities;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The API keys, read once at start from a YAML file ({@link CallerFile}) of {@code {name, sha256, roles,
 * municipalities}}, where {@code sha256} is the hex SHA-256 of the key. Only digests are kept.
 */
final class ApiKeys {

    private final Map<String, Caller> byDigest;

    private ApiKeys(Map<String, Caller> byDigest) {
        this.byDigest = Map.copyOf(byDigest);
    }

    static ApiKeys none() {
        return new ApiKeys(Map.of());
    }

    /** The caller a presented key stands for, if any. */
    Optional<Caller> authenticate(String presentedKey) {
        return Optional.ofNullable(byDigest.get(sha256(presentedKey)));
    }

    int size() {
        return byDigest.size();
    }

    static String sha256(String key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The API keys file at a path. */
    static CallerFile file(Path path) {
        return new CallerFile("API keys file", path, "samvaer.security.api-keys-file", "name", "sha256");
    }

    static ApiKeys load(Path file, Municipalities municipalities) {
        CallerFile keys = file(file);
        Map<String, Caller> byDigest = new HashMap<>();
        for (CallerFile.Entry entry : keys.read(
                digest -> digest.toLowerCase(Locale.ROOT).matches("[0-9a-f]{64}"),
                "the 64 hex digits of the key's SHA-256 digest",
                municipalities::exists)) {
            if (byDigest.put(entry.secret().toLowerCase(Locale.ROOT), entry.caller()) != null) {
                throw keys.invalid("entry '" + entry.caller().name() + "' has the same key digest as an earlier entry");
            }
        }
        return new ApiKeys(byDigest);
    }
}
