package dk.samvaer.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.samvaer.kernel.security.Caller;
import dk.samvaer.kernel.security.Role;
import dk.samvaer.programme.api.Municipalities;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiKeysTest {

    static final String KEY = "a-secret-key";
    static final String DIGEST = ApiKeys.sha256(KEY);

    @TempDir
    Path dir;

    private ApiKeys load(String yaml) throws IOException {
        Path file = dir.resolve("keys.yml");
        Files.writeString(file, yaml);
        return ApiKeys.load(file, Municipalities.danish());
    }

    private void assertRefused(String yaml, String message) {
        assertThatThrownBy(() -> load(yaml))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("keys.yml (samvaer.security.api-keys-file)")
                .hasMessageContaining(message);
    }

    @Test
    void authenticatesAKeyByItsDigestWithRolesAndMunicipalities() throws IOException {
        ApiKeys keys = load("- name: nexus-kolding\n  sha256: " + DIGEST
                + "\n  roles: [CASE_SYSTEM]\n  municipalities: [\"621\"]\n");

        assertThat(keys.authenticate(KEY))
                .contains(new Caller("nexus-kolding", "nexus-kolding", Set.of(Role.CASE_SYSTEM), false, Set.of("621")));
        assertThat(keys.authenticate("another-key")).isEmpty();
    }

    @Test
    void aStarMeansEveryMunicipality() throws IOException {
        ApiKeys keys = load(
                "- name: admin\n  sha256: " + DIGEST + "\n  roles: [PROGRAMME_ADMIN]\n  municipalities: [\"*\"]\n");

        assertThat(keys.authenticate(KEY).orElseThrow().sees("101")).isTrue();
    }

    @Test
    void refusesAFileThatIsNotAList() {
        assertRefused("name: admin\n", "must be a YAML list");
    }

    @Test
    void refusesInvalidYaml() {
        assertRefused("- name: [unclosed\n", "is not valid YAML");
    }

    @Test
    void refusesAnEntryWithoutAName() {
        assertRefused(
                "- sha256: " + DIGEST + "\n  roles: [AUDITOR]\n  municipalities: [\"*\"]\n", "entry 1 has no name");
    }

    @Test
    void refusesADigestThatIsNotSha256Hex() {
        assertRefused(
                "- name: a\n  sha256: plaintext-key\n  roles: [AUDITOR]\n  municipalities: [\"*\"]\n",
                "entry 1 ('a'): sha256 must be the 64 hex digits");
    }

    @Test
    void refusesAnUnknownRole() {
        assertRefused(
                "- name: a\n  sha256: " + DIGEST + "\n  roles: [SUPERUSER]\n  municipalities: [\"*\"]\n",
                "unknown role 'SUPERUSER'");
    }

    @Test
    void refusesAnUnknownMunicipality() {
        assertRefused(
                "- name: a\n  sha256: " + DIGEST + "\n  roles: [AUDITOR]\n  municipalities: [\"999\"]\n",
                "'999' is not a Danish municipality code");
    }

    @Test
    void refusesAnEntryWithoutMunicipalities() {
        assertRefused(
                "- name: a\n  sha256: " + DIGEST + "\n  roles: [AUDITOR]\n", "municipalities must be a non-empty list");
    }

    @Test
    void refusesTwoEntriesWithTheSameName() {
        String entry = "- name: a\n  sha256: %s\n  roles: [AUDITOR]\n  municipalities: [\"*\"]\n";
        assertRefused(
                entry.formatted(DIGEST) + entry.formatted(ApiKeys.sha256("other")), "entry 2 ('a') repeats a name");
    }

    @Test
    void refusesTwoEntriesWithTheSameKey() {
        String entry = "- name: %s\n  sha256: " + DIGEST + "\n  roles: [AUDITOR]\n  municipalities: [\"*\"]\n";
        assertRefused(entry.formatted("a") + entry.formatted("b"), "same key digest");
    }

    @Test
    void anEmptyFileHasNoKeys() throws IOException {
        assertThat(load("").size()).isZero();
    }
}
