package db.migration.outreach;

import dk.samvaer.kernel.Denmark;
import dk.samvaer.outreach.api.EscortProvided;
import dk.samvaer.outreach.api.ReferralMade;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Adopts into the citizen key vault every citizen whose escorts or referrals were recorded before it (issue 15, ADR
 * 0016). Those events carry the keyed lookup itself as the citizen's pseudonym; the entry keeps it as the citizen's
 * token (legacy_token), so a later posting for the same reference joins the same history until the entry is erased or
 * expires, and from then on starts a new one. Reads the event store, changes nothing in it. Retention runs from the
 * day the citizen's last escort or referral was recorded.
 */
public class V202612030701__outreach_adopt_legacy_pseudonyms extends BaseJavaMigration {

    /** The pseudonyms events carried before the vault: the keyed lookup itself (Pseudonyms#citizen). */
    static final String LEGACY_PREFIX = "p1_";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** "Recorded on" is a Danish date, as the domain's clock says (app's DomainClock). */
    private static final ZoneId DENMARK = Denmark.ZONE;

    private record Adopted(String municipalityCode, LocalDate lastPostedOn) {}

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (ResultSet tables = connection.getMetaData().getTables(null, null, "domain_event_entry", null)) {
            if (!tables.next()) {
                // no event store, nothing recorded before the vault (a context's own tests migrate only its tables)
                return;
            }
        }
        Map<String, Adopted> byPseudonym = new TreeMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT payload, time_stamp FROM domain_event_entry WHERE payload_type IN (?, ?)")) {
            // the payload type Axon stores is the event's class name
            select.setString(1, EscortProvided.class.getName());
            select.setString(2, ReferralMade.class.getName());
            select.setFetchSize(1000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    JsonNode payload = JSON.readTree(rows.getBytes(1));
                    String pseudonym = payload.path("citizenPseudonym").asString();
                    if (!pseudonym.startsWith(LEGACY_PREFIX)) {
                        continue; // a token from the vault itself: this migration ran before, or runs again in a test
                    }
                    String municipalityCode = payload.path("municipalityCode").asString();
                    LocalDate recordedOn = LocalDate.ofInstant(Instant.parse(rows.getString(2)), DENMARK);
                    byPseudonym.merge(
                            pseudonym,
                            new Adopted(municipalityCode, recordedOn),
                            (a, b) -> a.lastPostedOn().isAfter(b.lastPostedOn()) ? a : b);
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO outreach_citizen_key (citizen_lookup, municipality_code, legacy_token, last_posted_on)"
                        + " VALUES (?, ?, ?, ?)")) {
            int queued = 0;
            for (Map.Entry<String, Adopted> citizen : byPseudonym.entrySet()) {
                insert.setString(1, citizen.getKey());
                insert.setString(2, citizen.getValue().municipalityCode());
                insert.setString(3, citizen.getKey());
                insert.setDate(4, Date.valueOf(citizen.getValue().lastPostedOn()));
                insert.addBatch();
                if (++queued % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }
}
