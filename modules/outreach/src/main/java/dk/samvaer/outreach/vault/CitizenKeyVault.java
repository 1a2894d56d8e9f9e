package dk.samvaer.outreach.vault;

import dk.samvaer.kernel.Texts;
import dk.samvaer.kernel.security.Pseudonyms;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The citizen key vault (ADR 0016): one random key per citizen and municipality, found by the keyed lookup of the case
 * system's reference, and the token events carry instead of the reference. Deleting an entry (erasure, retention) is
 * crypto-shredding: the events stay as they were and the ledger still verifies, but nothing leads from the reference
 * to them any more, and a later posting for the reference starts a new, unlinked history.
 *
 * <p>Callers run inside the posting's transaction, so an entry created for a posting that fails goes with it. Two
 * first postings for one citizen at once get one entry: the second insert waits for the first and then does nothing.
 */
@Component
public class CitizenKeyVault {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int KEY_BYTES = 32;

    private final JdbcClient jdbc;
    private final Pseudonyms pseudonyms;

    CitizenKeyVault(JdbcClient jdbc, Pseudonyms pseudonyms) {
        this.jdbc = jdbc;
        this.pseudonyms = pseudonyms;
    }

    /** The longest citizen reference a case system may send. */
    public static final int MAX_CITIZEN_REF = 200;

    /** A citizen as the vault finds them: the municipality and the keyed lookup of the case system's reference. */
    public record Citizen(String municipalityCode, String lookup) {}

    /** The citizen a case system's reference names in a municipality (the reference itself goes no further). */
    public Citizen citizen(String municipalityCode, String citizenRef) {
        return new Citizen(
                municipalityCode,
                pseudonyms.citizen(municipalityCode, Texts.required("citizenRef", citizenRef, MAX_CITIZEN_REF)));
    }

    /**
     * The citizen's token, creating their key if there is none; a posting recorded on {@code today} keeps the key for
     * another retention period.
     */
    public String token(Citizen citizen, LocalDate today) {
        Entry entry = find(citizen.lookup());
        if (entry == null) {
            jdbc.sql("INSERT INTO outreach_citizen_key (citizen_lookup, municipality_code, citizen_key, last_posted_on)"
                            + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(citizen.lookup(), citizen.municipalityCode(), freshKey(), today)
                    .update();
            entry = find(citizen.lookup());
        } else if (entry.lastPostedOn().isBefore(today)) {
            jdbc.sql(
                            "UPDATE outreach_citizen_key SET last_posted_on = ? WHERE citizen_lookup = ? AND last_posted_on < ?")
                    .params(today, citizen.lookup(), today)
                    .update();
        }
        return entry.legacyToken() != null
                ? entry.legacyToken()
                : pseudonyms.citizenToken(Base64.getUrlDecoder().decode(entry.key()));
    }

    /** Deletes the citizen's entries in these municipalities; answers how many there were (0 or more). */
    public int erase(String citizenRef, Collection<String> municipalityCodes) {
        if (municipalityCodes.isEmpty()) {
            return 0;
        }
        return jdbc.sql("DELETE FROM outreach_citizen_key WHERE citizen_lookup IN (:lookups)")
                .param(
                        "lookups",
                        municipalityCodes.stream()
                                .map(code -> citizen(code, citizenRef).lookup())
                                .toList())
                .update();
    }

    /** Deletes the entries of citizens about whom nothing was posted since {@code cutoff}; answers how many. */
    public int shredNotPostedSince(LocalDate cutoff) {
        return jdbc.sql("DELETE FROM outreach_citizen_key WHERE last_posted_on < ?")
                .param(cutoff)
                .update();
    }

    private Entry find(String lookup) {
        return jdbc.sql("SELECT citizen_key, legacy_token, last_posted_on FROM outreach_citizen_key"
                        + " WHERE citizen_lookup = ?")
                .param(lookup)
                .query((rs, n) -> new Entry(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
                .optional()
                .orElse(null);
    }

    private static String freshKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }

    private record Entry(String key, String legacyToken, LocalDate lastPostedOn) {}
}
