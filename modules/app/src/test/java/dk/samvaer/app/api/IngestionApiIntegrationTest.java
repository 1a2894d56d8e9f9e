package dk.samvaer.app.api;

import static dk.samvaer.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samvaer.app.support.Api;
import dk.samvaer.app.support.ApiIntegrationTest;
import dk.samvaer.app.support.TestKeys;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class IngestionApiIntegrationTest extends ApiIntegrationTest {

    static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    JdbcClient jdbc;

    private Api nexus;
    private String centre;

    @BeforeEach
    void aCaseSystemInKolding() {
        nexus = api.as(TestKeys.CASE_SYSTEM_KOLDING);
        centre = centreIn("621");
    }

    private static String externalId(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "-"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    private Map<String, Object> escort(String externalId, String citizenRef, String on) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sourceSystem", "nexus-kolding");
        body.put("externalId", externalId);
        body.put("municipalityCode", "621");
        body.put("service", "SECTION_99");
        body.put("citizenRef", citizenRef);
        body.put("centreId", centre);
        body.put("escortedOn", on);
        return body;
    }

    private Map<String, Object> referral(String externalId, String citizenRef) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sourceSystem", "nexus-kolding");
        body.put("externalId", externalId);
        body.put("municipalityCode", "621");
        body.put("service", "AUTHORITY");
        body.put("citizenRef", citizenRef);
        body.put("centreId", centre);
        body.put("referredOn", "2023-04-20");
        return body;
    }

    private static String body(Map<String, Object> fields) {
        return Api.json(fields.entrySet().stream()
                .flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
                .toArray());
    }

    private long eventsWithExternalId(String externalId) {
        return jdbc.sql("SELECT meta_data FROM domain_event_entry").query(byte[].class).list().stream()
                .filter(meta -> new String(meta, StandardCharsets.UTF_8).contains("\"" + externalId + "\""))
                .count();
    }

    @Test
    void theSamePostingAgainReturnsTheFirstAnswerAndStoresNothingNew() {
        String id = externalId("E");
        String posting = body(escort(id, "nexus:1", "2023-05-01"));

        Api.Response first = nexus.post("/api/v1/escorts", posting);
        Api.Response again = nexus.post("/api/v1/escorts", posting);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("id").asString())
                .isEqualTo(first.json().path("id").asString());
        assertThat(eventsWithExternalId(id)).isEqualTo(1);
    }

    @Test
    void theSamePairWithOtherContentIsAConflict() {
        String id = externalId("E");
        nexus.post("/api/v1/escorts", body(escort(id, "nexus:1", "2023-05-01")));

        Api.Response changed = nexus.post("/api/v1/escorts", body(escort(id, "nexus:1", "2023-05-02")));

        assertThat(changed.status()).isEqualTo(409);
        assertThat(changed.problemType()).isEqualTo("idempotency-conflict");
        assertThat(eventsWithExternalId(id)).isEqualTo(1);
    }

    @Test
    void aHundredParallelPostsOfOneItemMakeOneEvent() throws Exception {
        String id = externalId("E");
        String posting = body(escort(id, "nexus:parallel", "2023-05-01"));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Api.Response>> answers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            answers.add(pool.submit(() -> nexus.post("/api/v1/escorts", posting)));
        }
        List<Integer> statuses = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Future<Api.Response> answer : answers) {
            Api.Response response = answer.get();
            statuses.add(response.status());
            ids.add(response.json().path("id").asString());
        }
        pool.shutdown();

        assertThat(eventsWithExternalId(id)).isEqualTo(1);
        assertThat(ids).hasSize(1);
        assertThat(statuses).containsOnly(200, 201);
        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
    }

    @Test
    void anIdempotencyKeyMakesAnyPostIdempotent() {
        String plan = planJson(centre, "2023-06-01T10:00:00+02:00");
        String key = "key-" + UUID.randomUUID();

        Api.Response first = api.post("/api/v1/activities", plan, "Idempotency-Key", key);
        Api.Response again = api.post("/api/v1/activities", plan, "Idempotency-Key", key);
        Api.Response other =
                api.post("/api/v1/activities", planJson(centre, "2023-06-02T10:00:00+02:00"), "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().path("id").asString())
                .isEqualTo(first.json().path("id").asString());
        assertThat(other.status()).isEqualTo(409);
    }

    @Test
    void theCitizenReferenceIsNeverStoredOnlyItsPseudonym() {
        String reference = "nexus-citizen-" + UUID.randomUUID();
        nexus.post("/api/v1/escorts", body(escort(externalId("E"), reference, "2023-05-01")));

        List<String> everything = new ArrayList<>();
        jdbc.sql("SELECT payload FROM domain_event_entry")
                .query(byte[].class)
                .list()
                .forEach(payload -> everything.add(new String(payload, StandardCharsets.UTF_8)));
        jdbc.sql("SELECT meta_data FROM domain_event_entry")
                .query(byte[].class)
                .list()
                .forEach(meta -> everything.add(new String(meta, StandardCharsets.UTF_8)));

        assertThat(everything).noneMatch(text -> text.contains(reference));
    }

    @Test
    void followsAReferralFromMadeToArrivalAndDerivesTheDays() {
        String made = nexus.post("/api/v1/referrals", body(referral(externalId("R"), "nexus:7")))
                .json()
                .path("id")
                .asString();
        String path = "/api/v1/referrals/" + made;

        Api.Response accepted = nexus.post(
                path + "/acceptance",
                json("sourceSystem", "nexus-kolding", "externalId", externalId("A"), "acceptedOn", "2023-04-22"));
        Api.Response arrived = nexus.post(
                path + "/arrival",
                json("sourceSystem", "nexus-kolding", "externalId", externalId("V"), "arrivedOn", "2023-04-29"));
        Api.Response second = nexus.post(
                path + "/arrival",
                json("sourceSystem", "nexus-kolding", "externalId", externalId("V"), "arrivedOn", "2023-04-30"));
        Api.Response decline = nexus.post(
                path + "/decline",
                json(
                        "sourceSystem",
                        "nexus-kolding",
                        "externalId",
                        externalId("D"),
                        "declinedOn",
                        "2023-05-01",
                        "reason",
                        "Late"));

        assertThat(accepted.status()).isEqualTo(200);
        assertThat(arrived.status()).isEqualTo(200);
        assertThat(second.problemType()).isEqualTo("rule/citizen-already-arrived");
        assertThat(decline.problemType()).isEqualTo("rule/referral-closed");
        // Ingestion answers without waiting for read models (machine clients post in bursts); read back shortly after.
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(5))
                .until(() -> nexus.get(path).json().path("status").asString().equals("ARRIVED"));
        JsonNode view = nexus.get(path).json();
        assertThat(view.path("daysToArrival").asInt()).isEqualTo(9);
    }

    @Test
    void noArrivalWithoutAReferral() {
        Api.Response response = nexus.post(
                "/api/v1/referrals/" + UUID.randomUUID() + "/arrival",
                json("sourceSystem", "nexus-kolding", "externalId", externalId("V"), "arrivedOn", "2023-04-29"));

        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void aBatchStoresTheValidItemsAndAnswersEachInOrder() {
        String duplicate = externalId("E");
        nexus.post("/api/v1/escorts", body(escort(duplicate, "nexus:2", "2023-05-01")));
        Map<String, Object> valid = new LinkedHashMap<>(escort(externalId("E"), "nexus:3", "2023-05-03"));
        valid.put("type", "ESCORT");
        Map<String, Object> repeated = new LinkedHashMap<>(escort(duplicate, "nexus:2", "2023-05-01"));
        repeated.put("type", "ESCORT");
        Map<String, Object> invalid = new LinkedHashMap<>(escort(externalId("E"), "nexus:4", "2023-05-03"));
        invalid.put("type", "ESCORT");
        invalid.remove("service");
        Map<String, Object> otherMunicipality = new LinkedHashMap<>(referral(externalId("R"), "nexus:5"));
        otherMunicipality.put("type", "REFERRAL");
        otherMunicipality.put("municipalityCode", "479");

        Api.Response response =
                nexus.post("/api/v1/ingest/batch", json("items", List.of(valid, repeated, invalid, otherMunicipality)));

        assertThat(response.status()).isEqualTo(200);
        JsonNode items = response.json().path("items");
        assertThat(items.valueStream().map(item -> item.path("status").asString()))
                .containsExactly("CREATED", "DUPLICATE", "REJECTED", "REJECTED");
        assertThat(items.get(2).path("problem").path("status").asInt()).isEqualTo(400);
        assertThat(items.get(3).path("problem").path("status").asInt()).isEqualTo(403);
        assertThat(response.json().path("created").asInt()).isEqualTo(1);
        assertThat(eventsWithExternalId((String) valid.get("externalId"))).isEqualTo(1);
    }

    private static Map<String, Object> item(String type, Map<String, Object> fields) {
        Map<String, Object> item = new LinkedHashMap<>(fields);
        item.put("type", type);
        return item;
    }

    private static List<String> statuses(Api.Response response) {
        return response.json()
                .path("items")
                .valueStream()
                .map(item -> item.path("status").asString())
                .toList();
    }

    @Test
    void aBatchOfNewPostingsStoresOneEventPerItemAndEachReadsBack() {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            items.add(item("ESCORT", escort(externalId("E"), "nexus:b" + i, "2023-06-01")));
        }
        items.add(item("REFERRAL", referral(externalId("R"), "nexus:b-ref")));

        Api.Response response = nexus.post("/api/v1/ingest/batch", json("items", items));

        assertThat(response.json().path("created").asInt()).isEqualTo(21);
        for (Map<String, Object> item : items) {
            assertThat(eventsWithExternalId((String) item.get("externalId"))).isEqualTo(1);
        }
        String escortId = response.json().path("items").get(0).path("id").asString();
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(5))
                .until(() -> nexus.get("/api/v1/escorts/" + escortId).status() == 200);
    }

    @Test
    void anItemTheDomainRejectsLeavesTheRestOfTheBatchStored() {
        Map<String, Object> before = escort(externalId("E"), "nexus:c1", "2023-06-02");
        Map<String, Object> unknownCentre = escort(externalId("E"), "nexus:c2", "2023-06-02");
        unknownCentre.put("centreId", UUID.randomUUID().toString());
        Map<String, Object> after = escort(externalId("E"), "nexus:c3", "2023-06-02");

        Api.Response response = nexus.post(
                "/api/v1/ingest/batch",
                json("items", List.of(item("ESCORT", before), item("ESCORT", unknownCentre), item("ESCORT", after))));

        assertThat(statuses(response)).containsExactly("CREATED", "REJECTED", "CREATED");
        assertThat(response.json()
                        .path("items")
                        .get(1)
                        .path("problem")
                        .path("status")
                        .asInt())
                .isEqualTo(422);
        assertThat(eventsWithExternalId((String) before.get("externalId"))).isEqualTo(1);
        assertThat(eventsWithExternalId((String) unknownCentre.get("externalId")))
                .isZero();
        assertThat(eventsWithExternalId((String) after.get("externalId"))).isEqualTo(1);
    }

    @Test
    void aPostingRepeatedWithinABatchIsADuplicateOfItsFirstOccurrence() {
        Map<String, Object> first = escort(externalId("E"), "nexus:d1", "2023-06-03");
        Map<String, Object> changed = new LinkedHashMap<>(first);
        changed.put("escortedOn", "2023-06-04");

        Api.Response response = nexus.post(
                "/api/v1/ingest/batch",
                json("items", List.of(item("ESCORT", first), item("ESCORT", first), item("ESCORT", changed))));

        assertThat(statuses(response)).containsExactly("CREATED", "DUPLICATE", "REJECTED");
        JsonNode items = response.json().path("items");
        assertThat(items.get(1).path("id").asString())
                .isEqualTo(items.get(0).path("id").asString());
        assertThat(items.get(2).path("problem").path("status").asInt()).isEqualTo(409);
        assertThat(eventsWithExternalId((String) first.get("externalId"))).isEqualTo(1);
    }

    @Test
    void aBatchItemPostedAgainOnItsOwnGetsTheBatchsAnswer() {
        Map<String, Object> posting = escort(externalId("E"), "nexus:e1", "2023-06-05");
        String id = nexus.post("/api/v1/ingest/batch", json("items", List.of(item("ESCORT", posting))))
                .json()
                .path("items")
                .get(0)
                .path("id")
                .asString();

        Api.Response again = nexus.post("/api/v1/escorts", body(posting));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("id").asString()).isEqualTo(id);
    }

    @Test
    void aReferralsAcceptanceAndArrivalInOneBatchAreBothStored() {
        String made = nexus.post("/api/v1/referrals", body(referral(externalId("R"), "nexus:f1")))
                .json()
                .path("id")
                .asString();
        Map<String, Object> acceptance = new LinkedHashMap<>(
                Map.of("sourceSystem", "nexus-kolding", "externalId", externalId("A"), "acceptedOn", "2023-04-22"));
        acceptance.put("referralId", made);
        Map<String, Object> arrival = new LinkedHashMap<>(
                Map.of("sourceSystem", "nexus-kolding", "externalId", externalId("V"), "arrivedOn", "2023-04-25"));
        arrival.put("referralId", made);

        Api.Response response = nexus.post(
                "/api/v1/ingest/batch",
                json("items", List.of(item("ACCEPTANCE", acceptance), item("ARRIVAL", arrival))));

        assertThat(statuses(response)).containsExactly("CREATED", "CREATED");
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(5))
                .until(() -> nexus.get("/api/v1/referrals/" + made)
                        .json()
                        .path("status")
                        .asString()
                        .equals("ARRIVED"));
    }

    @Test
    void refusesABatchOfMoreThanAThousandItems() {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            items.add(Map.of("type", "ESCORT"));
        }

        assertThat(nexus.post("/api/v1/ingest/batch", json("items", items)).status())
                .isEqualTo(400);
    }

    @Test
    void refusesACprNumberInEveryStringFieldOfEveryPostingAndStoresNothing() {
        Random random = new Random(4711);
        List<Map<String, Object>> postings =
                List.of(escort(externalId("E"), "nexus:8", "2023-05-01"), referral(externalId("R"), "nexus:9"));
        long eventsBefore = jdbc.sql("SELECT COUNT(*) FROM domain_event_entry")
                .query(Long.class)
                .single();
        int checked = 0;
        for (Map<String, Object> posting : postings) {
            String path = posting.containsKey("escortedOn") ? "/api/v1/escorts" : "/api/v1/referrals";
            for (String field : posting.keySet()) {
                for (int sample = 0; sample < 5; sample++) {
                    String cpr = cpr(random);
                    Map<String, Object> poisoned = new HashMap<>(posting);
                    poisoned.put(field, sample % 2 == 0 ? cpr : "ref " + cpr + " end");
                    Api.Response response = nexus.post(path, body(poisoned));

                    assertThat(response.status()).as(field + " " + response).isEqualTo(422);
                    assertThat(response.problemType()).isEqualTo("cpr-number-refused");
                    assertThat(response.body()).doesNotContain(cpr);
                    checked++;
                }
            }
        }
        Map<String, Object> item = new HashMap<>(escort(externalId("E"), "nexus:8", "2023-05-01"));
        item.put("type", "ESCORT");
        item.put("citizenRef", cpr(random));
        assertThat(nexus.post("/api/v1/ingest/batch", json("items", List.of(item)))
                        .status())
                .isEqualTo(422);
        assertThat(api.post("/api/v1/centres", json("municipalityCode", "621", "name", "Sted " + cpr(random)))
                        .status())
                .isEqualTo(422);
        assertThat(api.get("/api/v1/activities?status=" + cpr(random)).status()).isEqualTo(422);
        assertThat(checked).isEqualTo(2 * 7 * 5);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM domain_event_entry")
                        .query(Long.class)
                        .single())
                .isEqualTo(eventsBefore);
    }

    /** A random CPR-shaped value: a valid DDMMYY date and four digits, with or without the hyphen. */
    static String cpr(Random random) {
        LocalDate date = LocalDate.of(1930 + random.nextInt(90), 1, 1).plusDays(random.nextInt(365));
        String digits = String.format("%02d%02d%02d", date.getDayOfMonth(), date.getMonthValue(), date.getYear() % 100);
        String serial = String.format("%04d", random.nextInt(10000));
        return random.nextBoolean() ? digits + "-" + serial : digits + serial;
    }

    @Test
    void reportsEscortsUniqueCitizensAndFirstEscorts() {
        String vejle = centreIn("630");
        for (String[] e : new String[][] {{"a", "2024-03-01"}, {"a", "2024-04-01"}, {"b", "2024-04-02"}}) {
            Map<String, Object> posting = escort(externalId("E"), "nexus:" + e[0], e[1]);
            posting.put("municipalityCode", "630");
            posting.put("centreId", vejle);
            api.post("/api/v1/escorts", body(posting));
        }

        String path = "/api/v1/reports/outreach/escorts?municipalityCode=630&from=2024-01-01&to=2024-12-31";
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(5))
                .until(() -> api.get(path).json().path("escorts").asInt() == 3);
        JsonNode report = api.get(path).json();

        assertThat(report.path("escorts").asInt()).isEqualTo(3);
        assertThat(report.path("uniqueCitizens").asInt()).isEqualTo(2);
        assertThat(report.path("firstEscorts").asInt()).isEqualTo(2);
        assertThat(report.path("byService").path("SECTION_99").asInt()).isEqualTo(3);
        assertThat(report.path("byMonth").size()).isEqualTo(2);
    }
}
