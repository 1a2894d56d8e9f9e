package dk.samvaer.app.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * People who sign in to the web pages in the integration tests, one per role for Kolding (621) and Svendborg (479),
 * plus a programme-wide admin and auditor, all with {@link #PASSWORD}. Written as a users file (bcrypt hashes of the
 * lowest cost, to keep the tests fast) that the test application reads at start.
 */
public final class TestPeople {

    public static final String FILE = "target/test-users.yml";
    public static final String PASSWORD = "Samvaer-test-2026";

    public static final String ADMIN = "admin";
    public static final String AUDITOR = "revisor";
    public static final String LEADER_KOLDING = "leder-kolding";
    public static final String STAFF_KOLDING = "personale-kolding";
    public static final String STAFF_SVENDBORG = "personale-svendborg";
    public static final String LEADER_SVENDBORG = "leder-svendborg";

    private record Person(String username, String role, String municipality) {}

    private static final List<Person> PEOPLE = List.of(
            new Person(ADMIN, "PROGRAMME_ADMIN", "*"),
            new Person(AUDITOR, "AUDITOR", "*"),
            new Person(LEADER_KOLDING, "MUNICIPAL_LEADER", "621"),
            new Person(STAFF_KOLDING, "CENTRE_STAFF", "621"),
            new Person(STAFF_SVENDBORG, "CENTRE_STAFF", "479"),
            new Person(LEADER_SVENDBORG, "MUNICIPAL_LEADER", "479"));

    static {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        StringBuilder yaml = new StringBuilder();
        for (Person person : PEOPLE) {
            yaml.append("- username: ").append(person.username()).append('\n');
            yaml.append("  password: \"").append(bcrypt.encode(PASSWORD)).append("\"\n");
            yaml.append("  roles: [").append(person.role()).append("]\n");
            yaml.append("  municipalities: [\"").append(person.municipality()).append("\"]\n");
        }
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of(FILE), yaml.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TestPeople() {}

    /** Makes sure the users file is written (class initialisation does it). */
    public static String file() {
        return FILE;
    }
}
