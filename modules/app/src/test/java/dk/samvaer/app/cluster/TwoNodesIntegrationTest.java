package dk.samvaer.app.cluster;

import static dk.samvaer.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samvaer.app.SamvaerApplication;
import dk.samvaer.app.support.Api;
import dk.samvaer.app.support.TestDatabase;
import dk.samvaer.app.support.TestKeys;
import dk.samvaer.kernel.readmodel.StreamingProcessors;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application nodes (two Spring contexts on their own HTTP ports) on one database: the same in-memory H2 in the
 * default suite, one fresh PostgreSQL database in the PostgreSQL suite. The last test stops node A.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIntegrationTest {

    private static final int SEGMENTS = 4;
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String YEAR = "2008";

    private ConfigurableApplicationContext nodeA;
    private ConfigurableApplicationContext nodeB;
    private Api a;
    private Api b;
    private final List<String> activities = new ArrayList<>();

    @BeforeAll
    void startTwoNodesOnOneDatabase() {
        nodeA = start("node-a");
        nodeB = start("node-b");
        a = new Api(port(nodeA), TestKeys.ADMIN);
        b = new Api(port(nodeB), TestKeys.ADMIN);
        assertThat(a.post(
                                "/api/v1/project-years",
                                json(
                                        "year",
                                        2008,
                                        "municipalities",
                                        List.of(Map.of("municipalityCode", "461", "arm", "TEST"))))
                        .status())
                .isEqualTo(201);
        String centre = b.post("/api/v1/centres", json("municipalityCode", "461", "name", "Værestedet Klyngen"))
                .json()
                .path("id")
                .asString();
        for (int day = 1; day <= 3; day++) {
            Api.Response planned = (day % 2 == 0 ? a : b)
                    .post(
                            "/api/v1/activities",
                            json(
                                    "centreId", centre,
                                    "title", "Fællesspisning",
                                    "category", "MEAL",
                                    "setting", "ON_SITE",
                                    "startsAt", "2008-03-0" + day + "T17:00:00+01:00"));
            assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
            String activity = planned.json().path("id").asString();
            Api.Response logged = a.post(
                    "/api/v1/activities/" + activity + "/logbook",
                    json("heldOn", "2008-03-0" + day, "participants", 12, "newParticipants", 3, "formerlyHomeless", 6));
            assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
            activities.add(activity);
        }
    }

    @AfterAll
    void stopNodes() {
        for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
            if (node != null && node.isActive()) {
                node.close();
            }
        }
    }

    @Test
    @Order(1)
    void theNodesShareEveryProjectionsSegmentsThroughTheTokenStore() {
        awaitTrue(
                "each node processes half of every projection's segments",
                () -> segments(nodeA).values().stream().allMatch(held -> held == SEGMENTS / 2)
                        && segments(nodeB).values().stream().allMatch(held -> held == SEGMENTS / 2));

        assertThat(segments(nodeA).keySet()).isEqualTo(segments(nodeB).keySet()).contains("projections");
        awaitTrue("one node writes the webhooks' outbox", () -> webhookSegments(nodeA) + webhookSegments(nodeB) == 1);
    }

    @Test
    @Order(2)
    void concurrentCommandsOnTheSameActivitiesFromBothNodesAreAllKeptExactlyOnce() throws Exception {
        int before = storedEvaluations();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Integer>> accepted = new ArrayList<>();
        for (int worker = 0; worker < 6; worker++) {
            Api node = worker % 2 == 0 ? a : b;
            accepted.add(pool.submit(() -> {
                int created = 0;
                for (int i = 0; i < 15; i++) {
                    Api.Response response =
                            node.post(evaluationsOf(activities.get(i % activities.size())), evaluation(i));
                    assertThat(response.status()).as(response.toString()).isEqualTo(201);
                    created++;
                }
                return created;
            }));
        }
        int total = 0;
        for (Future<Integer> worker : accepted) {
            total += worker.get();
        }
        pool.shutdown();

        assertThat(total).isEqualTo(90);
        assertThat(storedEvaluations() - before).isEqualTo(total);
        assertEveryActivityStreamIsGapless();
        int expected = before + total;
        awaitTrue(
                "both nodes report every evaluation",
                () -> evaluationsReported(a) == expected && evaluationsReported(b) == expected);
    }

    @Test
    @Order(3)
    void everyReportIsIdenticalOnBothNodesOnceCaughtUp() {
        List<String> reports = new ArrayList<>(List.of(
                "/api/v1/reports/project-years/" + YEAR + "/evaluations",
                "/api/v1/reports/project-years/" + YEAR,
                "/api/v1/reports/project-years/" + YEAR + "/strands",
                "/api/v1/reports/project-years/" + YEAR + "/buddies",
                "/api/v1/reports/project-years/" + YEAR + "/collaboration"));
        activities.forEach(activity -> reports.add("/api/v1/activities/" + activity));
        for (String report : reports) {
            awaitTrue(report + " is the same on both nodes", () -> {
                Api.Response fromA = a.get(report);
                Api.Response fromB = b.get(report);
                return fromA.status() == 200 && fromA.body().equals(fromB.body());
            });
        }
        assertThat(evaluationsReported(a)).as("the reports have content").isPositive();
    }

    @Test
    @Order(4)
    void whenOneNodeStopsDuringALoadTheOtherTakesOverItsSegmentsAndNothingIsLost() throws Exception {
        int before = storedEvaluations();
        AtomicBoolean loading = new AtomicBoolean(true);
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger unanswered = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> load = new ArrayList<>();
        for (Api node : List.of(a, b)) {
            load.add(pool.submit(() -> {
                for (int i = 0; loading.get(); i++) {
                    try {
                        Api.Response response =
                                node.post(evaluationsOf(activities.get(i % activities.size())), evaluation(i));
                        if (response.status() == 201) {
                            accepted.incrementAndGet();
                        } else if (node == b) {
                            throw new AssertionError("node B refused a command: " + response);
                        }
                    } catch (IllegalStateException stopped) {
                        unanswered.incrementAndGet(); // node A is gone; its load ends
                        return;
                    }
                }
            }));
        }
        awaitTrue("some load has been accepted", () -> accepted.get() >= 20);
        nodeA.close();
        assertThat(claimsOf("node-a"))
                .as("node A released its claims on shutdown")
                .isZero();
        int acceptedWhenAStopped = accepted.get();
        awaitTrue("node B keeps accepting", () -> accepted.get() >= acceptedWhenAStopped + 20);
        loading.set(false);
        for (Future<?> worker : load) {
            worker.get();
        }
        pool.shutdown();

        int stored = storedEvaluations() - before;
        assertThat(stored).isBetween(accepted.get(), accepted.get() + unanswered.get());
        assertEveryActivityStreamIsGapless();
        awaitTrue("node B processes every segment", () -> segments(nodeB).values().stream()
                .allMatch(held -> held == SEGMENTS));
        awaitTrue("node B writes the webhooks' outbox", () -> webhookSegments(nodeB) == 1);
        int expected = before + stored;
        awaitTrue("node B reports every stored evaluation", () -> evaluationsReported(b) == expected);
    }

    private static ConfigurableApplicationContext start(String nodeId) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--samvaer.node-id=" + nodeId,
                "--samvaer.security.api-keys-file=" + TestKeys.FILE,
                "--samvaer.processors.claim-interval=PT0.2S",
                "--samvaer.processors.balance-interval=PT0.3S",
                "--samvaer.audit.ledger.settle=PT0S"));
        TestDatabase.properties("nodes").forEach((key, value) -> args.add("--" + key + "=" + value));
        return new SpringApplicationBuilder(SamvaerApplication.class).run(args.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext node) {
        return node.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    /** How many segments of each projection the node processes now. */
    private static Map<String, Integer> segments(ConfigurableApplicationContext node) {
        Map<String, Integer> held = new TreeMap<>();
        StreamingProcessors.of(node.getBean(EventProcessingConfiguration.class)).stream()
                // the webhooks' processor keeps no read model, and has one segment
                .filter(StreamingEventProcessor::supportsReset)
                .forEach(processor -> held.put(
                        processor.getName(), processor.processingStatus().size()));
        return held;
    }

    /** Whether the node holds the one segment of the webhooks' processor (1) or not (0). */
    private static int webhookSegments(ConfigurableApplicationContext node) {
        return node.getBean(EventProcessingConfiguration.class)
                .eventProcessor("webhooks", StreamingEventProcessor.class)
                .map(processor -> processor.processingStatus().size())
                .orElse(0);
    }

    private JdbcClient store() {
        return nodeB.getBean(JdbcClient.class);
    }

    private int storedEvaluations() {
        return store().sql("select count(*) from domain_event_entry where payload_type like ?")
                .param("%EvaluationSubmitted")
                .query(Integer.class)
                .single();
    }

    private int claimsOf(String nodeId) {
        return store().sql("select count(*) from token_entry where owner = ?")
                .param(nodeId)
                .query(Integer.class)
                .single();
    }

    /** Each activity's events are numbered 0, 1, 2, ... without a gap or a repeat. */
    private void assertEveryActivityStreamIsGapless() {
        for (String activity : activities) {
            List<Long> sequence = store().sql(
                            "select sequence_number from domain_event_entry where aggregate_identifier = ? order by sequence_number")
                    .param(activity)
                    .query(Long.class)
                    .list();
            for (int i = 0; i < sequence.size(); i++) {
                assertThat(sequence.get(i))
                        .as("event %d of activity %s", i, activity)
                        .isEqualTo(i);
            }
        }
    }

    private static int evaluationsReported(Api node) {
        return node.get("/api/v1/reports/project-years/" + YEAR + "/evaluations")
                .json()
                .path("evaluations")
                .asInt();
    }

    private static String evaluationsOf(String activity) {
        return "/api/v1/activities/" + activity + "/evaluations";
    }

    private static String evaluation(int i) {
        return json("heardVia", List.of(i % 2 == 0 ? "FRIEND" : "CENTRE"), "wouldJoinAgain", i % 3 != 0);
    }

    private static void awaitTrue(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("timed out waiting until " + what).isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
