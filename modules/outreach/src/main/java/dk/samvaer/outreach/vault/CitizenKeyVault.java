package dk.samvaer.outreach.vault;

import dk.samvaer.kernel.security.Pseudonyms;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import org.springframework.jdbc.core.JdbcTemplate;
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

    private final JdbcTemplate jdbc;
    private final Pseudonyms pseudonyms;

    CitizenKeyVault(JdbcTemplate jdbc, Pseudonyms pseudonyms) {
        this.jdbc = jdbc;
        this.pseudonyms = pseudonyms;
    }

    /**
     * The token of the citizen a case system's reference names in a municipality, creating the citizen's key if there
     * is none; a posting recorded on {@code today} keeps the key for another retention period.
     */
    public String token(String municipalityCode, String citizenRef, LocalDate today) {
        String lookup = pseudonyms.citizen(municipalityCode, citizenRef);
        Entry entry = find(lookup);
        if (entry == null) {
            jdbc.update(
                    "INSERT INTO outreach_citizen_key (citizen_lookup, municipality_code, citizen_key, last_posted_on)"
                            + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    lookup,
                    municipalityCode,
                    freshKey(),
                    today);
            entry = find(lookup);
        } else if (entry.lastPostedOn().isBefore(today)) {
            jdbc.update(
                    "UPDATE outreach_citizen_key SET last_posted_on = ? WHERE citizen_lookup = ? AND last_posted_on < ?",
                    today,
                    lookup,
                    today);
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
        Object[] lookups = municipalityCodes.stream()
                .map(code -> pseudonyms.citizen(code, citizenRef))
                .toArray();
        return jdbc.update(
                "DELETE FROM outreach_citizen_key WHERE citizen_lookup IN ("
                        + String.join(", ", Collections.nCopies(lookups.length, "?")) + ")",
                lookups);
    }

    /** Deletes the entries of citizens about whom nothing was posted since {@code cutoff}; answers how many. */
    public int shredNotPostedSince(LocalDate cutoff) {
        return jdbc.update("DELETE FROM outreach_citizen_key WHERE last_posted_on < ?", cutoff);
    }

    /** How many citizens have a key: for metrics and the privacy tests, never who. */
    public long size() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM outreach_citizen_key", Long.class);
        return count == null ? 0 : count;
    }

    private Entry find(String lookup) {
        return jdbc
                .query(
                        "SELECT citizen_key, legacy_token, last_posted_on FROM outreach_citizen_key"
                                + " WHERE citizen_lookup = ?",
                        (rs, n) -> new Entry(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class)),
                        lookup)
                .stream()
                .findFirst()
                .orElse(null);
    }

    private static String freshKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }

    private record Entry(String key, String legacyToken, LocalDate lastPostedOn) {}
}
