package dk.samvaer.app.security;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The demo's API keys: one per role, made at random on the first demo start, kept only as digests in the keys file
 * and printed once on the console (not in the log). Delete the file to get new ones.
 */
final class DemoApiKeys {

    /** Name, role and municipalities of each demo key; the scoped ones are Kolding's (621). */
    private static final Map<String, String[]> KEYS = keys();

    private DemoApiKeys() {}

    static void create(Path file) {
        SecureRandom random = new SecureRandom();
        StringBuilder yaml = new StringBuilder("# Demo API keys (digests only). Delete this file to make new keys.\n");
        StringBuilder console =
                new StringBuilder("\n  Demo API keys, shown once (send one as the X-API-Key header):\n");
        for (Map.Entry<String, String[]> entry : KEYS.entrySet()) {
            byte[] secret = new byte[24];
            random.nextBytes(secret);
            String key =
                    "samvaer-demo-" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
            String[] spec = entry.getValue();
            yaml.append("- name: ").append(entry.getKey()).append('\n');
            yaml.append("  sha256: ").append(ApiKeys.sha256(key)).append('\n');
            yaml.append("  roles: [").append(spec[0]).append("]\n");
            yaml.append("  municipalities: [\"").append(spec[1]).append("\"]\n");
            console.append(String.format("  %-18s %-16s %-4s %s%n", entry.getKey(), spec[0], spec[1], key));
        }
        ApiKeys.file(file).write(yaml.toString());
        System.out.println(
                console.append("  Their digests are in ").append(file).append('\n'));
    }

    private static Map<String, String[]> keys() {
        Map<String, String[]> keys = new LinkedHashMap<>();
        keys.put("demo-admin", new String[] {"PROGRAMME_ADMIN", "*"});
        keys.put("demo-leader", new String[] {"MUNICIPAL_LEADER", "621"});
        keys.put("demo-staff", new String[] {"CENTRE_STAFF", "621"});
        keys.put("demo-case-system", new String[] {"CASE_SYSTEM", "621"});
        keys.put("demo-auditor", new String[] {"AUDITOR", "*"});
        return keys;
    }
}
