package dk.samvaer.app.privacy;

import static dk.samvaer.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.samvaer.app.support.Api;
import dk.samvaer.app.support.ApiIntegrationTest;
import dk.samvaer.app.support.Postings;
import dk.samvaer.app.support.TestKeys;
import dk.samvaer.kernel.CprNumbers;
import dk.samvaer.kernel.readmodel.ReadYourWrites;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * After a scenario with escorts, referrals, a batch, an erasure, a named group member and attempts to send CPR
 * numbers, neither a citizen reference nor the CPR number sent is anywhere: not in the event store (payloads and
 * metadata), not in any table, not in the log, not in any export (where no CPR-shaped value at all may be); and the
 * member's display name is only in its vault.
 */
@ExtendWith(OutputCaptureExtension.class)
class NothingPersonalIsKeptIntegrationTest extends ApiIntegrationTest {

    static final String DISPLAY_NAME_TABLE = "collaboration_seat_display_name";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReadYourWrites readYourWrites;

    @Test
    void noReferenceCprNumberOrDisplayNameIsKeptOutsideItsVault(CapturedOutput log) {
        Instant began = Instant.now().minusSeconds(1);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> references = List.of("scan:borger:" + run + ":1", "scan:borger:" + run + ":2");
        String displayName = "Birthe Scanlund " + run;
        String cpr = "0707614285";
        String centre = centreIn("621");
        Api nexus = api.as(TestKeys.CASE_SYSTEM_KOLDING);
        for (String reference : references) {
            assertThat(nexus.post("/api/v1/escorts", Postings.escort(reference, centre, "2013-05-02"))
                            .status())
                    .isEqualTo(201);
            String referral = nexus.post("/api/v1/referrals", Postings.referral(reference, centre, "2013-05-02"))
                    .json()
                    .path("id")
                    .asString();
            nexus.post(
                    "/api/v1/referrals/" + referral + "/arrival",
                    json(
                            "sourceSystem",
                            "nexus-kolding",
                            "externalId",
                            "SCAN-" + UUID.randomUUID(),
                            "arrivedOn",
                            "2013-05-09"));
        }
        Map<String, Object> item = new LinkedHashMap<>(Map.of("type", "ESCORT"));
        item.putAll(Map.of(
                "sourceSystem", "nexus-kolding",
                "externalId", "SCAN-" + UUID.randomUUID(),
                "municipalityCode", "621",
                "service", "SHELTER",
                "citizenRef", references.get(0),
                "centreId", centre,
                "escortedOn", "2013-05-10"));
        assertThat(nexus.post("/api/v1/ingest/batch", json("items", List.of(item)))
                        .body())
                .contains("CREATED");
        assertThat(nexus.post("/api/v1/escorts", Postings.escort(cpr, centre, "2013-05-02"))
                        .status())
                .isEqualTo(422);
        assertThat(nexus.post(
                                "/api/v1/citizens/erasures",
                                json(
                                        "sourceSystem",
                                        "nexus-kolding",
                                        "citizenRef",
                                        references.get(1),
                                        "reason",
                                        "Art. 17"))
                        .json()
                        .path("keysDeleted")
                        .asInt())
                .isEqualTo(1);
        String group = api.post("/api/v1/collaboration-groups", json("municipalityCode", "621", "level", "STAFF"))
                .json()
                .path("id")
                .asString();
        api.post(
                "/api/v1/collaboration-groups/" + group + "/members",
                json(
                        "organisationType",
                        "SECTION_99",
                        "roleTitle",
                        "Gadeplansmedarbejder",
                        "displayName",
                        displayName));
        await().until(readYourWrites::await);

        Map<String, String> places = new LinkedHashMap<>();
        places.putAll(everyTable());
        places.putAll(exports(began));
        places.put("the log", log.getAll());

        for (Map.Entry<String, String> place : places.entrySet()) {
            for (String reference : references) {
                assertThat(place.getValue()).as(place.getKey()).doesNotContain(reference);
            }
            assertThat(place.getValue()).as(place.getKey()).doesNotContain(cpr);
            if (!place.getKey().startsWith("table " + DISPLAY_NAME_TABLE)) {
                assertThat(place.getValue()).as(place.getKey()).doesNotContain(displayName);
            }
        }
        assertThat(places.get("table " + DISPLAY_NAME_TABLE)).contains(displayName);
        // any CPR-shaped value at all, in what leaves the service (tables hold hex digests, whose digit runs may look
        // like one: there only the value sent is looked for)
        assertThat(places.entrySet())
                .filteredOn(place -> place.getKey().startsWith("export "))
                .filteredOn(place -> CprNumbers.containsCprShape(place.getValue()))
                .extracting(Map.Entry::getKey)
                .isEmpty();
    }

    /** Every row of every table, the event store's payloads and metadata included, as text. */
    private Map<String, String> everyTable() {
        Map<String, String> tables = new LinkedHashMap<>();
        List<String> names = jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                        + " AND table_type IN ('BASE TABLE', 'TABLE') ORDER BY table_name")
                .query(String.class)
                .list();
        for (String name : names) {
            StringBuilder text = new StringBuilder();
            jdbc.sql("SELECT * FROM " + name).query(rs -> {
                int columns = rs.getMetaData().getColumnCount();
                for (int column = 1; column <= columns; column++) {
                    Object value = rs.getObject(column);
                    text.append(value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : value)
                            .append('\t');
                }
                text.append('\n');
            });
            tables.put("table " + name, text.toString());
        }
        assertThat(tables)
                .containsKeys("table domain_event_entry", "table outreach_citizen_key", "table reporting_escort");
        return tables;
    }

    /** What auditors and reports export: the events of the scenario and the reports, as JSON and CSV. */
    private Map<String, String> exports(Instant began) {
        Api auditor = api.as(TestKeys.AUDITOR);
        Map<String, String> exports = new LinkedHashMap<>();
        List<String> paths = new ArrayList<>(List.of(
                "/api/v1/audit/events?recordedFrom=" + began + "&limit=1000",
                "/api/v1/reports/outreach/escorts",
                "/api/v1/reports/outreach/referrals",
                "/api/v1/reports/outreach/visibility"));
        for (String path : paths) {
            exports.put("export " + path, auditor.get(path).body());
            exports.put(
                    "export " + path + " (CSV)",
                    auditor.get(path, "Accept", "text/csv").body());
        }
        exports.put(
                "export /api/v1/audit/events (NDJSON)",
                auditor.get("/api/v1/audit/events?recordedFrom=" + began, "Accept", "application/x-ndjson")
                        .body());
        return exports;
    }
}
