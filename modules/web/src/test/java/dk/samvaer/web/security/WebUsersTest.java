package dk.samvaer.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.samvaer.kernel.security.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class WebUsersTest {

    /** The bcrypt hash of "hemmeligt", as {@code htpasswd -nbB} writes it ($2y$). */
    private static final String HTPASSWD_HASH =
            new BCryptPasswordEncoder(4).encode("hemmeligt").replaceFirst("^\\$2a\\$", "\\$2y\\$");

    @TempDir
    Path dir;

    private WebUsers load(String yaml) throws IOException {
        Path file = dir.resolve("users.yml");
        Files.writeString(file, yaml);
        return WebUsers.load(file, code -> code.equals("621") || code.equals("479"));
    }

    private String user(String username, String hash) {
        return "- username: " + username + "\n  password: \"" + hash + "\"\n  roles: [CENTRE_STAFF]\n"
                + "  municipalities: [\"621\"]\n";
    }

    @Test
    void aPersonSignsInWithThePasswordWhoseHashHtpasswdWrote() throws IOException {
        WebUsers users = load(user("personale", HTPASSWD_HASH));

        assertThat(users.authenticate("personale", "hemmeligt")).hasValueSatisfying(caller -> {
            assertThat(caller.roles()).isEqualTo(Set.of(Role.CENTRE_STAFF));
            assertThat(caller.municipalities()).containsExactly("621");
        });
    }

    @Test
    void aWrongPasswordOrAnUnknownNameSignsNobodyIn() throws IOException {
        WebUsers users = load(user("personale", HTPASSWD_HASH));

        assertThat(users.authenticate("personale", "forkert")).isEmpty();
        assertThat(users.authenticate("ukendt", "hemmeligt")).isEmpty();
    }

    @Test
    void aPasswordWrittenInClearStopsTheStartAndNamesTheSetting() {
        assertThatThrownBy(() -> load(user("personale", "hemmeligt")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("users.yml (samvaer.web.users-file)")
                .hasMessageContaining("entry 1 ('personale'): password must be a bcrypt hash");
    }

    @Test
    void anUnknownMunicipalityStopsTheStart() {
        assertThatThrownBy(() -> load(user("personale", HTPASSWD_HASH).replace("621", "999")))
                .hasMessageContaining("'999' is not a Danish municipality code");
    }

    @Test
    void aUsernameTwiceStopsTheStart() {
        assertThatThrownBy(() -> load(user("personale", HTPASSWD_HASH) + user("personale", HTPASSWD_HASH)))
                .hasMessageContaining("repeats a username used before");
    }

    @Test
    void theDemoUsersFileCanBeReadBackAndHoldsNoPassword() throws IOException {
        Path file = dir.resolve("demo-users.yml");

        DemoWebUsers.create(file);

        String yaml = Files.readString(file);
        assertThat(yaml).contains("username: personale", "$2a$").doesNotContain("password: \"samvaer");
        assertThat(WebUsers.load(file, code -> code.equals("621")).size()).isEqualTo(4);
    }
}
