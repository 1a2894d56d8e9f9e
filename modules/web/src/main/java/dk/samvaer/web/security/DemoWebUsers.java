package dk.samvaer.web.security;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The demo's people: one per role, with a random password made on the first demo start, kept only as a bcrypt hash in
 * the users file and printed once on the console (not in the log). Delete the file to get new ones.
 */
final class DemoWebUsers {

    /** Username, role and municipalities of each demo person; the scoped ones are Kolding's (621). */
    private static final Map<String, String[]> USERS = users();

    /** No 0/O or 1/l/I: a password read off a console and typed on a phone. */
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private DemoWebUsers() {}

    static void create(Path file) {
        SecureRandom random = new SecureRandom();
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
        StringBuilder yaml =
                new StringBuilder("# Demo users (bcrypt hashes only). Delete this file to make new ones.\n");
        StringBuilder console = new StringBuilder("\n  Demo users for the web pages (/login), shown once:\n");
        for (Map.Entry<String, String[]> user : USERS.entrySet()) {
            StringBuilder password = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String[] spec = user.getValue();
            yaml.append("- username: ").append(user.getKey()).append('\n');
            yaml.append("  password: \"").append(bcrypt.encode(password)).append("\"\n");
            yaml.append("  roles: [").append(spec[0]).append("]\n");
            yaml.append("  municipalities: [\"").append(spec[1]).append("\"]\n");
            console.append(String.format("  %-10s %-16s %-4s %s%n", user.getKey(), spec[0], spec[1], password));
        }
        WebUsers.file(file).write(yaml.toString());
        System.out.println(console.append("  Their hashes are in ").append(file).append('\n'));
    }

    private static Map<String, String[]> users() {
        Map<String, String[]> users = new LinkedHashMap<>();
        users.put("admin", new String[] {"PROGRAMME_ADMIN", "*"});
        users.put("leder", new String[] {"MUNICIPAL_LEADER", "621"});
        users.put("personale", new String[] {"CENTRE_STAFF", "621"});
        users.put("revisor", new String[] {"AUDITOR", "*"});
        return users;
    }
}
