package dk.samvaer.app.audit;

import static dk.samvaer.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samvaer.app.support.Api;
import dk.samvaer.app.support.ApiIntegrationTest;
import dk.samvaer.app.support.TestKeys;
import dk.samvaer.audit.query.Ledger;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AuditIntegrationTest extends ApiIntegrationTest {

    static final int YEAR = 2020;
    static final Instant T1 = Instant.parse("2021-02-01T10:00:00Z");
    static final Instant T2 = Instant.parse("2021-03-01T10:00:00Z");
    static final Instant T3 = Instant.parse("2021-04-01T10:00:00Z");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Ledger ledger;

    @Autowired
    EventStore eventStore;

    @Autowired
    @Qualifier("eventSerializer")
    Serializer serializer;

    private Api auditor() {
        return api.as(TestKeys.AUDITOR);
    }

    @AfterEach
    void realTimeAgain() {
        GenericEventMessage.clock = Clock.systemUTC();
    }

    private static void recordAt(Instant instant) {
        GenericEventMessage.clock = Clock.fixed(instant, ZoneOffset.UTC);
    }

    private JsonNode asOf(Instant instant) {
        return auditor()
                .get("/api/v1/audit/project-years/" + YEAR + "/figures?asOf=" + instant)
                .json();
    }

    @Test
    void asOfShowsEachCorrectionOnlyFromTheMomentItWasRecorded() {
        recordAt(T1.minusSeconds(60));
        api.post(
                "/api/v1/project-years",
                json("year", YEAR, "municipalities", List.of(Map.of("municipalityCode", "707", "arm", "TEST"))));
        String centre = centreIn("707");
        String first = activityAt(centre, YEAR + "-05-01T10:00:00+02:00");
        String cancelled = activityAt(centre, YEAR + "-06-01T10:00:00+02:00");
        recordAt(T1);
        logbook(first, YEAR + "-05-01", 10, 2, 4);
        recordAt(T2);
        api.put(
                "/api/v1/activities/" + first + "/logbook",
                json(
                        "heldOn",
                        YEAR + "-05-01",
                        "participants",
                        12,
                        "newParticipants",
                        2,
                        "formerlyHomeless",
                        4,
                        "reason",
                        "Recount"));
        recordAt(T3);
        api.post("/api/v1/activities/" + cancelled + "/cancellation", json("reason", "Storm"));
        logbook(activityAt(centre, YEAR + "-07-01T10:00:00+02:00"), YEAR + "-07-01", 5, 1, 3);

        assertThat(asOf(T1.minusSeconds(1)).path("activitiesHeld").asInt()).isZero();
        assertThat(asOf(T1.plusSeconds(1)).path("participants").asInt()).isEqualTo(10);
        assertThat(asOf(T2.minusSeconds(1)).path("participants").asInt()).isEqualTo(10);
        assertThat(asOf(T2.plusSeconds(1)).path("participants").asInt()).isEqualTo(12);
        assertThat(asOf(T3.plusSeconds(1)).path("participants").asInt()).isEqualTo(17);
        assertThat(asOf(T3.plusSeconds(1)).path("activitiesHeld").asInt()).isEqualTo(2);
    }

    @Test
    void theReplayGivesTheSameFiguresAsTheQueryAndSaysHowManyEventsItReplayed() {
        recordAt(T1.minusSeconds(60));
        String centre = centreIn("707");
        String activity = activityAt(centre, YEAR + "-08-01T10:00:00+02:00");
        recordAt(T1);
        logbook(activity, YEAR + "-08-01", 9, 3, 4);
        recordAt(T2);
        api.post(
                "/api/v1/activities/" + activityAt(centre, YEAR + "-08-02T10:00:00+02:00") + "/cancellation",
                json("reason", "Storm"));
        GenericEventMessage.clock = Clock.systemUTC();

        for (Instant instant : List.of(T1.minusSeconds(1), T1, T2.plusSeconds(1))) {
            JsonNode byQuery = asOf(instant);
            JsonNode byReplay = auditor()
                    .get("/api/v1/audit/project-years/" + YEAR + "/figures?method=REPLAY&asOf=" + instant)
                    .json();

            assertThat(byQuery.path("method").asString()).isEqualTo("QUERY");
            assertThat(byQuery.path("eventsReplayed").isNull()).isTrue();
            assertThat(byReplay.path("method").asString()).isEqualTo("REPLAY");
            assertThat(byReplay.path("eventsReplayed").asLong()).isPositive();
            for (String field : List.of("activitiesHeld", "participants", "byMunicipality", "byArm", "table1")) {
                assertThat(byReplay.path(field)).as(instant + " " + field).isEqualTo(byQuery.path(field));
            }
        }
    }

    @Test
    void withoutAsOfOrWithAFutureOneTheReconstructionEqualsTheLiveReport() {
        recordAt(Instant.now());
        String centre = centreIn("707");
        logbook(activityAt(centre, YEAR + "-09-01T10:00:00+02:00"), YEAR + "-09-01", 7, 1, 2);
        GenericEventMessage.clock = Clock.systemUTC();

        JsonNode live = api.get("/api/v1/reports/project-years/" + YEAR).json();
        JsonNode unbounded = auditor()
                .get("/api/v1/audit/project-years/" + YEAR + "/figures")
                .json();
        JsonNode future = auditor()
                .get("/api/v1/audit/project-years/" + YEAR + "/figures?asOf=2999-01-01T00:00:00Z")
                .json();

        for (JsonNode reconstructed : List.of(unbounded, future)) {
            for (String field : List.of(
                    "year",
                    "activitiesHeld",
                    "participants",
                    "newParticipants",
                    "formerlyHomeless",
                    "byMunicipality",
                    "byArm")) {
                assertThat(reconstructed.path(field)).as(field).isEqualTo(live.path(field));
            }
        }
        assertThat(unbounded.path("table1"))
                .isEqualTo(api.get("/api/v1/reports/project-years/" + YEAR + "/strands")
                        .json());
    }

    @Test
    void verifyNamesThePositionOfAnEventWhosePayloadWasChangedInTheDatabase() {
        centreIn("710");
        ledger.extend();
        assertThat(auditor()
                        .get("/api/v1/audit/ledger/verify")
                        .json()
                        .path("ok")
                        .asBoolean())
                .isTrue();
        long position = jdbc.sql("SELECT MAX(position) FROM audit_ledger_entry")
                .query(Long.class)
                .single();
        byte[] original = jdbc.sql("SELECT payload FROM domain_event_entry WHERE global_index = ?")
                .param(position)
                .query(byte[].class)
                .single();
        byte[] tampered = original.clone();
        tampered[tampered.length / 2] ^= 0x01;
        try {
            jdbc.sql("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?")
                    .params(tampered, position)
                    .update();

            JsonNode verification = auditor().get("/api/v1/audit/ledger/verify").json();

            assertThat(verification.path("ok").asBoolean()).isFalse();
            assertThat(verification.path("firstMismatch").path("position").asLong())
                    .isEqualTo(position);
            assertThat(verification.path("firstMismatch").path("reason").asString())
                    .isEqualTo("content-changed");
        } finally {
            jdbc.sql("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?")
                    .params(original, position)
                    .update();
        }
        assertThat(auditor()
                        .get("/api/v1/audit/ledger/verify")
                        .json()
                        .path("ok")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void aCheckpointKeptOutsideTheSystemMatchesAndAForgedOneDoesNot() {
        centreIn("710");
        ledger.extend();
        List<JsonNode> checkpoints = auditor()
                .get("/api/v1/audit/ledger?size=500")
                .json()
                .path("items")
                .valueStream()
                .toList();
        JsonNode published = checkpoints.get(checkpoints.size() - 1);
        long position = published.path("position").asLong();
        String hash = published.path("chainHash").asString();

        JsonNode genuine = auditor()
                .get("/api/v1/audit/ledger/verify?position=" + position + "&chainHash=" + hash)
                .json();
        JsonNode forged = auditor()
                .get("/api/v1/audit/ledger/verify?position=" + position + "&chainHash=" + "0".repeat(64))
                .json();

        assertThat(genuine.path("externalCheckpoint").path("matches").asBoolean())
                .isTrue();
        assertThat(genuine.path("ok").asBoolean()).isTrue();
        assertThat(forged.path("externalCheckpoint").path("matches").asBoolean())
                .isFalse();
        assertThat(forged.path("ok").asBoolean()).isFalse();
    }

    @Test
    void theExportRoundTripsEveryEvent() {
        centreIn("710");
        String ndjson = auditor()
                .get("/api/v1/audit/events", "Accept", "application/x-ndjson")
                .body();
        List<String> lines = ndjson.lines().toList();
        JsonMapper mapper = Api.mapper();

        assertThat((long) lines.size())
                .isEqualTo(jdbc.sql("SELECT COUNT(*) FROM domain_event_entry")
                        .query(Long.class)
                        .single());
        long previous = 0;
        for (String line : lines) {
            JsonNode event = mapper.readTree(line);
            long position = event.path("position").asLong();
            assertThat(position).isGreaterThan(previous);
            previous = position;
            Object exported = serializer.deserialize(new SimpleSerializedObject<>(
                    mapper.writeValueAsBytes(event.path("payload")),
                    byte[].class,
                    event.path("payloadType").asString(),
                    event.path("revision").asString()));
            DomainEventMessage<?> stored = eventStore
                    .readEvents(event.path("aggregateId").asString())
                    .asStream()
                    .filter(e -> e.getSequenceNumber() == event.path("sequence").asLong())
                    .findFirst()
                    .orElseThrow();
            assertThat(exported).as("position " + position).isEqualTo(stored.getPayload());
            assertThat(event.path("eventId").asString()).isEqualTo(stored.getIdentifier());
        }
    }

    @Test
    void exportsPagesWithACursorAndFiltersByTypeAggregateAndTime() {
        String centre = centreIn("710");
        JsonNode firstPage = auditor().get("/api/v1/audit/events?limit=2").json();
        long next = firstPage.path("nextAfter").asLong();
        JsonNode secondPage =
                auditor().get("/api/v1/audit/events?limit=2&after=" + next).json();
        JsonNode byAggregate =
                auditor().get("/api/v1/audit/events?aggregateId=" + centre).json();
        JsonNode byType = auditor()
                .get("/api/v1/audit/events?type=CentreRegistered&limit=1000")
                .json();
        JsonNode none = auditor()
                .get("/api/v1/audit/events?recordedTo=2000-01-01T00:00:00Z")
                .json();

        assertThat(secondPage.path("events").get(0).path("position").asLong()).isGreaterThan(next);
        assertThat(byAggregate.path("events")).hasSize(1);
        assertThat(byAggregate
                        .path("events")
                        .get(0)
                        .path("metadata")
                        .path("principal")
                        .asString())
                .isEqualTo("admin");
        assertThat(byType.path("events").findValuesAsString("type")).containsOnly("CentreRegistered");
        assertThat(none.path("events")).isEmpty();
        assertThat(auditor()
                        .get("/api/v1/audit/events?limit=5", "Accept", "text/csv")
                        .body())
                .startsWith("position,eventId,type");
    }

    @Test
    void aRebuildOfEveryReadModelGivesTheSameReports() {
        JsonNode result = api.post("/api/v1/audit/rebuild", "").json();

        assertThat(result.path("equal").asBoolean()).as(result.toString()).isTrue();
        assertThat(result.path("processors").valueStream().map(JsonNode::asString))
                .containsExactly("projections");
    }

    @Test
    void aMunicipalLeaderMayNotReadTheAuditEndpoints() {
        assertThat(api.as(TestKeys.LEADER_KOLDING).get("/api/v1/audit/events").status())
                .isEqualTo(403);
        assertThat(api.as(TestKeys.AUDITOR).post("/api/v1/audit/rebuild", "").status())
                .isEqualTo(403);
    }
}
