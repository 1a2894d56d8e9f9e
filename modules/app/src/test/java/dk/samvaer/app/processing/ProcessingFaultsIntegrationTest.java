package dk.samvaer.app.processing;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvaer.activities.api.ActivityCancelled;
import dk.samvaer.activities.api.ActivityId;
import dk.samvaer.activities.api.ActivityPlanned;
import dk.samvaer.activities.api.Category;
import dk.samvaer.activities.api.Setting;
import dk.samvaer.app.SamvaerApplication;
import dk.samvaer.app.support.Api;
import dk.samvaer.app.support.TestDatabase;
import dk.samvaer.app.support.TestKeys;
import dk.samvaer.programme.api.CentreId;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Faults on the read side, on an application and database of their own (these tests stop processors, park events and
 * stall a projection on purpose): handling events again changes nothing, a poison event is parked with only its own
 * sequence waiting, a processor that loops on an error shows as stalled in readiness and metrics, and parked events
 * can be retried and evicted.
 */
@SpringBootTest(
        classes = SamvaerApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "samvaer.security.api-keys-file=" + TestKeys.FILE,
            "samvaer.processors.faults.stall-after=PT3S",
            "samvaer.processors.faults.watch-interval=PT0.3S",
            "samvaer.processors.claim-interval=PT0.5S",
        })
@Import(ProcessingFaultsIntegrationTest.StallProbeConfiguration.class)
class ProcessingFaultsIntegrationTest {

    static final AtomicBoolean DATABASE_DOWN_FOR_THE_PROBE = new AtomicBoolean();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "faults");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventStore eventStore;

    @Autowired
    EventGateway eventGateway;

    @Autowired
    EventProcessingConfiguration processing;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port, TestKeys.ADMIN);
        DATABASE_DOWN_FOR_THE_PROBE.set(false);
    }

    /** A test-only event and projection whose handler fails as if the database were unreachable, while told to. */
    @Revision("1")
    record ProbeSent(String id) {}

    @TestConfiguration
    static class StallProbeConfiguration {
        @Bean
        StallProbe stallProbe() {
            return new StallProbe();
        }

        /** The probe stalls its processor: in a processor of its own, the projections go on. */
        @Bean
        ConfigurerModule stallProbeProcessor() {
            return configurer -> configurer.eventProcessing().assignProcessingGroup("stall-probe", "stall-probe");
        }
    }

    @ProcessingGroup("stall-probe")
    static class StallProbe {
        @EventHandler
        void on(ProbeSent probe) {
            if (DATABASE_DOWN_FOR_THE_PROBE.get()) {
                throw new TransientDataAccessResourceException("connection refused (simulated)");
            }
        }
    }

    @Test
    void handlingEveryEventAgainChangesNoReadModel() {
        List<String> ids = someOfEverything();
        awaitCaughtUp();
        List<String> before = readModels();

        // as after a crash that left rows ahead of their tokens: every projection sees every event once more
        processing.eventProcessors().values().forEach(processor -> processor.shutDown());
        jdbc.sql("UPDATE token_entry SET token = NULL, token_type = NULL").update();
        processing.eventProcessors().values().forEach(processor -> processor.start());
        awaitCaughtUp();

        assertThat(readModels()).isEqualTo(before);
        assertThat(parkedSequences())
                .as("no event of these healthy sequences was parked")
                .doesNotContainAnyElementsOf(ids);
    }

    @Test
    void anEventThatKeepsFailingIsParkedAndOnlyItsSequenceWaits() {
        String centre = centre();
        ActivityId poisoned = plannedWithAnOverflowingCostThenCancelled(centre);
        String healthy = activity(centre);

        await("the poison event and the one behind it are parked", () -> parkedInSequence(poisoned) == 2);
        assertThat(api.get("/api/v1/activities/" + healthy).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/activities/" + poisoned.value()).status()).isEqualTo(404);
        List<String> parkedTypes = parkedLettersOf(poisoned).stream()
                .map(letter -> letter.path("eventType").asString())
                .toList();
        assertThat(parkedTypes).containsExactly(ActivityPlanned.class.getName(), ActivityCancelled.class.getName());
    }

    @Test
    void parkedEventsShowInReadinessAndMetrics() {
        ActivityId poisoned = new ActivityId(UUID.randomUUID());
        appendActivityEvent(poisoned, 0, plannedWithAnOverflowingCost(poisoned, centre()));
        await("the poison event is parked", () -> parkedInSequence(poisoned) == 1);

        await(
                "readiness says DEGRADED",
                () -> api.get("/actuator/health/readiness").body().contains("DEGRADED"));
        Api.Response readiness = api.get("/actuator/health/readiness");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness
                        .json()
                        .path("components")
                        .path("processors")
                        .path("details")
                        .path("projections")
                        .path("deadLetters")
                        .asLong())
                .isGreaterThanOrEqualTo(1);
        assertThat(api.get("/actuator/prometheus").body())
                .containsPattern("samvaer_processor_dead_letters\\{[^}]*processor=\"projections\"[^}]*} [1-9]");
    }

    @Test
    void anEvictedEventIsRecordedWithWhoDidItAndTheRestOfItsSequenceCanBeRetried() {
        String centre = centre();
        ActivityId poisoned = plannedWithAnOverflowingCostThenCancelled(centre);
        await("both are parked", () -> parkedInSequence(poisoned) == 2);
        String first = parkedLettersOf(poisoned).get(0).path("letterId").asString();

        Api.Response evicted = api.post(
                "/api/v1/admin/dead-letters/activities/letters/" + first + "/evict",
                Api.json("reason", "Beløbet er forkert; rettet i kilden"));
        Api.Response retried =
                api.post("/api/v1/admin/dead-letters/activities/sequences/" + poisoned.value() + "/retry", "");

        assertThat(evicted.status()).as(evicted.toString()).isEqualTo(200);
        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.json().path("succeeded").asBoolean()).isTrue();
        assertThat(parkedInSequence(poisoned)).isZero();
        assertThat(jdbc
                        .sql("SELECT meta_data FROM domain_event_entry WHERE payload_type LIKE ?")
                        .param("%DeadLetterEvicted")
                        .query(byte[].class)
                        .list()
                        .stream()
                        .map(metadata -> new String(metadata, StandardCharsets.UTF_8)))
                .anyMatch(metadata -> metadata.contains("\"principal\":\"admin\""));
    }

    @Test
    void aProcessorThatLoopsOnAnErrorShowsAsStalledInReadinessAndMetricsWithinAMinute() {
        DATABASE_DOWN_FOR_THE_PROBE.set(true);
        eventGateway.publish(new ProbeSent("first"));

        long started = System.nanoTime();
        await(
                "readiness is OUT_OF_SERVICE",
                () -> api.get("/actuator/health/readiness").status() == 503);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMinutes(1));
        Api.Response readiness = api.get("/actuator/health/readiness");
        assertThat(readiness.json().path("status").asString()).isEqualTo("OUT_OF_SERVICE");
        assertThat(readiness
                        .json()
                        .path("components")
                        .path("processors")
                        .path("details")
                        .path("stall-probe")
                        .path("state")
                        .asString())
                .isEqualTo("STALLED");
        assertThat(api.get("/actuator/prometheus").body())
                .containsPattern("samvaer_processor_stalled\\{[^}]*processor=\"stall-probe\"[^}]*} 1");
        assertThat(parkedIn("stall-probe"))
                .as("a fault of the surroundings is not the event's")
                .isZero();

        DATABASE_DOWN_FOR_THE_PROBE.set(false);
        await("readiness recovers", () -> api.get("/actuator/health/readiness").status() == 200);
    }

    @Test
    void aClaimLeftByAProcessThatIsGoneIsTakenOverAtOnce() {
        String key = abandonedClaim("a-node-that-crashed#0badf00d");

        long started = System.nanoTime();
        Api.Response answer = registerCentreWithKey(key);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aClaimHeldByALiveNodeIsNotTakenOver() {
        Runnable heartbeat =
                () -> jdbc.sql("MERGE INTO cluster_node USING (VALUES (CAST(? AS VARCHAR(255)))) AS beat (node_id)"
                                + " ON cluster_node.node_id = beat.node_id"
                                + " WHEN MATCHED THEN UPDATE SET seen_at = ?"
                                + " WHEN NOT MATCHED THEN INSERT (node_id, seen_at) VALUES (beat.node_id, ?)")
                        .params("a-live-node", OffsetDateTime.now(ZoneOffset.UTC), OffsetDateTime.now(ZoneOffset.UTC))
                        .update();
        // the node is alive before the request is sent (a scheduled first beat could come after it on a busy machine)
        heartbeat.run();
        ScheduledExecutorService liveNode = Executors.newSingleThreadScheduledExecutor();
        liveNode.scheduleAtFixedRate(heartbeat, 500, 500, TimeUnit.MILLISECONDS);
        try {
            String key = abandonedClaim("a-live-node#12345678");

            Api.Response answer = registerCentreWithKey(key);

            assertThat(answer.status()).as(answer.toString()).isEqualTo(409);
            assertThat(answer.problemType()).isEqualTo("request-in-progress");
        } finally {
            liveNode.shutdownNow();
        }
    }

    // --- the story's steps ---

    private static final String CENTRE_BODY = Api.json("municipalityCode", "621", "name", "Værestedet Fyrtårnet");

    /**
     * A centre registered with an Idempotency-Key, whose kept answer is then turned into the pending claim of the given
     * process under a new key: as if that process had crashed between claiming the key and answering.
     */
    private String abandonedClaim(String owner) {
        String first = UUID.randomUUID().toString();
        assertThat(registerCentreWithKey(first).status()).isEqualTo(201);
        String second = UUID.randomUUID().toString();
        int claims = jdbc.sql("UPDATE idempotency_record SET record_key = ?, state = 'PENDING', response_status = NULL,"
                        + " content_type = NULL, location = NULL, response_body = NULL, claimed_by = ?,"
                        + " claimed_at = ? WHERE record_key = ?")
                .params(second, owner, OffsetDateTime.now(ZoneOffset.UTC), first)
                .update();
        assertThat(claims).isEqualTo(1);
        return second;
    }

    private Api.Response registerCentreWithKey(String key) {
        return api.post("/api/v1/centres", CENTRE_BODY, "Idempotency-Key", key);
    }

    private String centre() {
        Api.Response created = api.post(
                "/api/v1/centres", Api.json("municipalityCode", "621", "name", "Værestedet " + UUID.randomUUID()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    private String activity(String centre) {
        Api.Response created = api.post(
                "/api/v1/activities",
                Api.json(
                        "centreId", centre,
                        "title", "Fisketur",
                        "category", "OUTDOOR",
                        "setting", "OFF_SITE",
                        "startsAt", "2025-06-01T10:00:00+02:00"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    /**
     * A little of every context: programme, activities with logbook, correction and evaluations, and outreach. Returns
     * the ids of the aggregates it made.
     */
    private List<String> someOfEverything() {
        String centre = centre();
        String activity = activity(centre);
        post(
                "/api/v1/activities/" + activity + "/logbook",
                Api.json("heldOn", "2025-06-01", "participants", 12, "newParticipants", 3, "formerlyHomeless", 5));
        Api.Response corrected = api.put(
                "/api/v1/activities/" + activity + "/logbook",
                Api.json(
                        "heldOn", "2025-06-01",
                        "participants", 14,
                        "newParticipants", 3,
                        "formerlyHomeless", 6,
                        "reason", "Talt forkert"));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        for (int i = 0; i < 3; i++) {
            post(
                    "/api/v1/activities/" + activity + "/evaluations",
                    Api.json("heardVia", List.of("FRIEND"), "wouldJoinAgain", true));
        }
        Api.Response escort = api.as(TestKeys.CASE_SYSTEM_KOLDING)
                .post(
                        "/api/v1/escorts",
                        Api.json(
                                "sourceSystem", "nexus-kolding",
                                "externalId", "e-" + UUID.randomUUID(),
                                "municipalityCode", "621",
                                "service", "SECTION_99",
                                "citizenRef", "borger-" + UUID.randomUUID(),
                                "centreId", centre,
                                "escortedOn", "2025-06-02"));
        assertThat(escort.status()).as(escort.toString()).isEqualTo(201);
        return List.of(centre, activity, escort.json().path("id").asString());
    }

    private void post(String path, String body) {
        Api.Response response = api.post(path, body);
        assertThat(response.status()).as(path + " " + response).isBetween(200, 201);
    }

    /**
     * An activity whose planning event holds a cost no read model can keep (10^20: a numeric overflow on PostgreSQL,
     * too long a value on H2), followed by its cancellation: both appended as a sender bypassing every rule would.
     */
    private ActivityId plannedWithAnOverflowingCostThenCancelled(String centre) {
        ActivityId poisoned = new ActivityId(UUID.randomUUID());
        appendActivityEvent(poisoned, 0, plannedWithAnOverflowingCost(poisoned, centre));
        appendActivityEvent(poisoned, 1, new ActivityCancelled(poisoned, "621", "Aflyst"));
        return poisoned;
    }

    private static ActivityPlanned plannedWithAnOverflowingCost(ActivityId id, String centre) {
        BigDecimal cost = new BigDecimal("1e20");
        return new ActivityPlanned(
                id,
                new CentreId(UUID.fromString(centre)),
                "621",
                "Fisketur",
                Category.OUTDOOR,
                Setting.OFF_SITE,
                OffsetDateTime.parse("2025-06-01T10:00:00+02:00"),
                null,
                cost,
                null,
                null);
    }

    /** Appends an event to the activity's stream directly, as a sender that bypasses every rule would. */
    private void appendActivityEvent(ActivityId id, long sequence, Object event) {
        eventStore.publish(
                new GenericDomainEventMessage<>("Activity", id.value().toString(), sequence, event));
    }

    private long parked() {
        return jdbc.sql("SELECT count(*) FROM dead_letter_entry")
                .query(Long.class)
                .single();
    }

    /** The activity's parked events as the operators' endpoint lists them, in their order in the sequence. */
    private List<JsonNode> parkedLettersOf(ActivityId id) {
        return api.get("/api/v1/admin/dead-letters?processor=activities&size=500")
                .json()
                .path("items")
                .valueStream()
                .filter(letter ->
                        letter.path("sequenceId").asString().equals(id.value().toString()))
                .sorted(Comparator.comparingLong(
                        letter -> letter.path("indexInSequence").asLong()))
                .toList();
    }

    private long parkedInSequence(ActivityId id) {
        return jdbc.sql("SELECT count(*) FROM dead_letter_entry WHERE sequence_identifier = ?")
                .param(id.value().toString())
                .query(Long.class)
                .single();
    }

    private List<String> parkedSequences() {
        return jdbc
                .sql("SELECT DISTINCT processing_group || ':' || sequence_identifier FROM dead_letter_entry")
                .query(String.class)
                .list()
                .stream()
                .sorted()
                .toList();
    }

    private long parkedIn(String processor) {
        return jdbc.sql("SELECT count(*) FROM dead_letter_entry WHERE processing_group = ?")
                .param(processor)
                .query(Long.class)
                .single();
    }

    /** Every row of every read-model table, as text, in a stable order. */
    private List<String> readModels() {
        List<String> tables = jdbc
                .sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                        + " AND table_type IN ('BASE TABLE', 'TABLE')")
                .query(String.class)
                .list()
                .stream()
                .map(String::toLowerCase)
                .filter(t -> t.matches("(programme|activities|collaboration|buddies|outreach|reporting)_.*"))
                .filter(t -> !t.endsWith("display_name"))
                .sorted()
                .toList();
        assertThat(tables).hasSizeGreaterThan(20);
        List<String> rows = new ArrayList<>();
        for (String table : tables) {
            jdbc.sql("SELECT * FROM " + table).query(rs -> {
                StringBuilder row = new StringBuilder(table).append(':');
                for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
                    row.append(rs.getString(column)).append('|');
                }
                rows.add(row.toString());
            });
        }
        return rows.stream().sorted().toList();
    }

    /** Until every segment of every projection is held here and has handled every event stored so far. */
    private void awaitCaughtUp() {
        long head = eventStore.createHeadToken().position().orElse(0);
        await("every projection has handled every event", () -> processing.eventProcessors().values().stream()
                .map(StreamingEventProcessor.class::cast)
                // the webhooks' processor keeps no read model (and has one segment)
                .filter(StreamingEventProcessor::supportsReset)
                .allMatch(processor -> processor.processingStatus().size() == 4
                        && processor.processingStatus().values().stream()
                                .allMatch(
                                        segment -> segment.getCurrentPosition().orElse(-1) >= head)));
    }

    private static void await(String what, BooleanSupplier condition) {
        Awaitility.await(what)
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(100))
                .until(condition::getAsBoolean);
    }
}
