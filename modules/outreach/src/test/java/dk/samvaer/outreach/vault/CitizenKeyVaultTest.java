package dk.samvaer.outreach.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.samvaer.kernel.InvalidInput;
import dk.samvaer.kernel.security.Pseudonyms;
import dk.samvaer.kernel.security.TestPseudonyms;
import dk.samvaer.kernel.testing.InMemoryDatabase;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class CitizenKeyVaultTest {

    static final LocalDate MAY_1 = LocalDate.of(2025, 5, 1);
    static final String REF = "nexus:borger:88213";

    private final Pseudonyms pseudonyms = TestPseudonyms.withSecret("a-secret-of-at-least-thirty-two-characters");
    private final JdbcClient jdbc = InMemoryDatabase.migrated("classpath:db/migration/outreach");
    private final CitizenKeyVault vault = new CitizenKeyVault(jdbc, pseudonyms);

    @Test
    void refusesAReferenceLongerThanACaseSystemMaySend() {
        assertThatThrownBy(() -> vault.citizen("621", "x".repeat(CitizenKeyVault.MAX_CITIZEN_REF + 1)))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void givesACitizenTheSameTokenAtEveryPosting() {
        String first = vault.token(vault.citizen("621", REF), MAY_1);

        assertThat(vault.token(vault.citizen("621", REF), MAY_1.plusDays(3))).isEqualTo(first);
        assertThat(first).startsWith("t1_").hasSize(46);
    }

    @Test
    void aTokenCannotBeComputedFromTheReference() {
        String token = vault.token(vault.citizen("621", REF), MAY_1);

        assertThat(token).isNotEqualTo(pseudonyms.citizen("621", REF)).doesNotContain(REF);
        assertThat(stored()).noneMatch(value -> value.contains(REF) || value.equals(token));
    }

    @Test
    void givesTheSameReferenceInAnotherMunicipalityAnotherToken() {
        assertThat(vault.token(vault.citizen("621", REF), MAY_1))
                .isNotEqualTo(vault.token(vault.citizen("630", REF), MAY_1));
    }

    @Test
    void aPostingAfterAnErasureStartsANewUnlinkedHistory() {
        String before = vault.token(vault.citizen("621", REF), MAY_1);

        assertThat(vault.erase(REF, List.of("621", "630"))).isEqualTo(1);

        String after = vault.token(vault.citizen("621", REF), MAY_1.plusDays(1));
        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void erasesOnlyInTheMunicipalitiesItIsGiven() {
        String kolding = vault.token(vault.citizen("621", REF), MAY_1);
        vault.token(vault.citizen("630", REF), MAY_1);

        assertThat(vault.erase(REF, List.of("630"))).isEqualTo(1);

        assertThat(vault.token(vault.citizen("621", REF), MAY_1)).isEqualTo(kolding);
    }

    @Test
    void erasingAnUnknownReferenceDeletesNothing() {
        vault.token(vault.citizen("621", REF), MAY_1);

        assertThat(vault.erase("nexus:borger:other", List.of("621"))).isZero();
        assertThat(keys()).isEqualTo(1);
    }

    @Test
    void aPostingKeepsTheKeyForAnotherRetentionPeriod() {
        vault.token(vault.citizen("621", REF), MAY_1);
        vault.token(vault.citizen("621", "nexus:borger:quiet"), MAY_1);
        vault.token(vault.citizen("621", REF), MAY_1.plusYears(1));

        assertThat(vault.shredNotPostedSince(MAY_1.plusDays(1))).isEqualTo(1);

        assertThat(keys()).isEqualTo(1);
        assertThat(vault.erase("nexus:borger:quiet", List.of("621"))).isZero();
    }

    @Test
    void aCitizenAdoptedFromBeforeTheVaultKeepsTheirPseudonymAsTheirToken() {
        String legacy = pseudonyms.citizen("621", REF);
        jdbc.sql("INSERT INTO outreach_citizen_key (citizen_lookup, municipality_code, legacy_token, last_posted_on)"
                        + " VALUES (?, '621', ?, ?)")
                .params(legacy, legacy, MAY_1)
                .update();

        assertThat(vault.token(vault.citizen("621", REF), MAY_1.plusDays(1))).isEqualTo(legacy);
        vault.erase(REF, List.of("621"));
        assertThat(vault.token(vault.citizen("621", REF), MAY_1.plusDays(2))).startsWith("t1_");
    }

    private List<String> stored() {
        return jdbc.sql("SELECT citizen_lookup, citizen_key, legacy_token FROM outreach_citizen_key")
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3))
                .list();
    }

    private long keys() {
        return jdbc.sql("SELECT COUNT(*) FROM outreach_citizen_key")
                .query(Long.class)
                .single();
    }
}
