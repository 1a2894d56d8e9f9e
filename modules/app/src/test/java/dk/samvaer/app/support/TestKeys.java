package dk.samvaer.app.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * API keys for the integration tests, one per role for Kolding (621) and Svendborg (479), plus programme-wide admin
 * and auditor keys. Written as a keys file (digests only) that the test application reads at start.
 */
public final class TestKeys {

    public static final String FILE = "target/test-api-keys.yml";

    public static final String ADMIN = "test-key-admin-all";
    public static final String AUDITOR = "test-key-auditor-all";
    public static final String LEADER_KOLDING = "test-key-leader-621";
    public static final String STAFF_KOLDING = "test-key-staff-621";
    public static final String CASE_SYSTEM_KOLDING = "test-key-case-system-621";
    public static final String LEADER_SVENDBORG = "test-key-leader-479";
    public static final String STAFF_SVENDBORG = "test-key-staff-479";

    private record Key(String name, String key, String role, String municipality) {}

    private static final List<Key> KEYS = List.of(
            new Key("admin", ADMIN, "PROGRAMME_ADMIN", "*"),
            new Key("auditor", AUDITOR, "AUDITOR", "*"),
            new Key("leader-kolding", LEADER_KOLDING, "MUNICIPAL_LEADER", "621"),
            new Key("staff-kolding", STAFF_KOLDING, "CENTRE_STAFF", "621"),
            new Key("nexus-kolding", CASE_SYSTEM_KOLDING, "CASE_SYSTEM", "621"),
            new Key("leader-svendborg", LEADER_SVENDBORG, "MUNICIPAL_LEADER", "479"),
            new Key("staff-svendborg", STAFF_SVENDBORG, "CENTRE_STAFF", "479"));

    static {
        StringBuilder yaml = new StringBuilder();
        for (Key key : KEYS) {
            yaml.append("- name: ").append(key.name()).append('\n');
            yaml.append("  sha256: ").append(sha256(key.key())).append('\n');
            yaml.append("  roles: [").append(key.role()).append("]\n");
            yaml.append("  municipalities: [\"").append(key.municipality()).append("\"]\n");
        }
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of(FILE), yaml.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TestKeys() {}

    /** Makes sure the keys file is written (class initialisation does it). */
    public static String file() {
        return FILE;
    }

    public static String sha256(String key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
