package dk.samvaer.kernel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PseudonymsTest {

    static final String SECRET = "a-configured-secret-of-at-least-32-characters";
    static final String H2 = "jdbc:h2:file:./data/samvaer";

    @TempDir
    Path dataDir;

    @Test
    void recognisesTheSameCitizenWithinAMunicipality() {
        Pseudonyms pseudonyms = new Pseudonyms(SECRET, dataDir, H2);

        assertThat(pseudonyms.citizen("621", "nexus:88213")).isEqualTo(pseudonyms.citizen("621", " nexus:88213 "));
        assertThat(pseudonyms.citizen("621", "nexus:88213")).startsWith("p1_").doesNotContain("88213");
    }

    @Test
    void givesTheSameReferenceAnotherPseudonymInAnotherMunicipality() {
        Pseudonyms pseudonyms = new Pseudonyms(SECRET, dataDir, H2);

        assertThat(pseudonyms.citizen("621", "nexus:88213")).isNotEqualTo(pseudonyms.citizen("479", "nexus:88213"));
    }

    @Test
    void dependsOnTheSecret() {
        assertThat(new Pseudonyms(SECRET, dataDir, H2).citizen("621", "x"))
                .isNotEqualTo(new Pseudonyms(SECRET + "-other", dataDir, H2).citizen("621", "x"));
    }

    @Test
    void generatesASecretInTheDataDirectoryOnceAndKeepsUsingIt() throws Exception {
        String first = new Pseudonyms("", dataDir, H2).citizen("621", "x");
        String second = new Pseudonyms("", dataDir, H2).citizen("621", "x");

        assertThat(first).isEqualTo(second);
        assertThat(Files.exists(dataDir.resolve(Pseudonyms.FILE))).isTrue();
    }

    @Test
    void requiresAConfiguredSecretWithPostgresql() {
        assertThatThrownBy(() -> new Pseudonyms("", dataDir, "jdbc:postgresql://db:5432/samvaer"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("samvaer.outreach.pseudonym-secret is required with PostgreSQL");
    }

    @Test
    void refusesAShortSecret() {
        assertThatThrownBy(() -> new Pseudonyms("too-short", dataDir, H2)).isInstanceOf(IllegalStateException.class);
    }
}
