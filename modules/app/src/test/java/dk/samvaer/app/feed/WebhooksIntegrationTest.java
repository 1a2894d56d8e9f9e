package dk.samvaer.app.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dk.samvaer.app.SamvaerApplication;
import dk.samvaer.app.support.Api;
import dk.samvaer.app.support.ApiIntegrationTest;
import dk.samvaer.app.support.Postings;
import dk.samvaer.app.support.TestDatabase;
import dk.samvaer.app.support.TestKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Signed webhooks over HTTP (issue 17, item 4), delivered to a real HTTP receiver on this machine (127.0.0.1, which the
 * test application allows): in order, signed so that the receiver can verify them with the secret from the answer,
 * retried after failures, paused and resumed, resent, kept inside the caller's municipalities, and delivered at least
 * once across a restart of the service. Each test subscribes to a municipality of its own, so the events of the others
 * do not reach its receiver.
 */
class WebhooksIntegrationTest extends ApiIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private Receiver receiver;

    /** The subscriptions a test made, ended after it so that they send nothing more to its stopped receiver. */
    private final List<String> subscriptions = new ArrayList<>();

    @BeforeEach
    void startReceiver() {
        receiver = new Receiver();
    }

    @AfterEach
    void stopReceiver() {
        subscriptions.forEach(id -> api.delete("/api/v1/webhooks/" + id));
        receiver.close();
    }

    @Test
    void aScenarioArrivesInPositionOrder() {
        JsonNode created = subscribe(api, receiver.url(), List.of(), List.of("101"));
        long start = created.path("webhook").path("startPosition").asLong();

        String centre = centreIn("101");
        for (int day = 1; day <= 3; day++) {
            String activity = activityAt(centre, "2025-04-0" + day + "T10:00:00+02:00");
            if (day != 2) {
                logbook(activity, "2025-04-0" + day, 8 + day, 2, 3);
            }
        }

        List<String> expected = feedIds(api, start, "101");
        assertThat(feedTypes(api, start, "101"))
                .containsSubsequence("CentreRegistered", "ActivityPlanned", "ActivityHeld", "ActivityPlanned")
                .filteredOn("ActivityPlanned"::equals)
                .hasSize(3);
        await().atMost(PATIENCE).until(() -> receiver.ids().equals(expected));
        assertThat(receiver.positions()).isSorted().doesNotHaveDuplicates();
        assertThat(receiver.received().get(0).item().path("type").asString()).isEqualTo("CentreRegistered");
    }

    @Test
    void theReceiverVerifiesEverySignatureWithTheSecretFromTheAnswer() {
        JsonNode created = subscribe(api, receiver.url(), List.of("CentreRegistered"), List.of("147"));
        String secret = created.path("secret").asString();

        centreIn("147");
        centreIn("147");

        await().atMost(PATIENCE).until(() -> receiver.received().size() == 2);
        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring("whsec_".length())))
                .hasSizeGreaterThanOrEqualTo(24);
        for (Received delivery : receiver.received()) {
            assertThat(verifies(secret, delivery))
                    .as("signature of " + delivery.id())
                    .isTrue();
            assertThat(verifies("whsec_" + Base64.getEncoder().encodeToString(new byte[32]), delivery))
                    .isFalse();
            assertThat(delivery.id()).isEqualTo(delivery.item().path("id").asString());
            assertThat(Math.abs(delivery.timestamp() - Instant.now().getEpochSecond()))
                    .isLessThan(300);
        }
        assertThat(api.get("/api/v1/webhooks/" + created.path("id").asString()).body())
                .doesNotContain(secret);
    }

    @Test
    void aDeliveryThatFailsTwiceIsDeliveredOnTheThirdAttemptWithTheSameIdAndBody() {
        receiver.answer(delivery -> receiver.attemptsAt(delivery.id()) <= 2 ? 500 : 204);
        String id = subscribe(api, receiver.url(), List.of("CentreRegistered"), List.of("151"))
                .path("id")
                .asString();

        centreIn("151");

        await().atMost(PATIENCE)
                .until(() -> deliveries(id).size() == 1
                        && deliveries(id).get(0).path("status").asString().equals("DELIVERED"));
        JsonNode delivery = deliveries(id).get(0);
        assertThat(delivery.path("attempts").asInt()).isEqualTo(3);
        assertThat(delivery.path("lastError").asString()).isEqualTo("HTTP 500");
        assertThat(delivery.path("deliveredAt").isNull()).isFalse();
        List<Received> attempts = receiver.received();
        assertThat(attempts).hasSize(3);
        assertThat(attempts)
                .extracting(Received::id)
                .containsOnly(delivery.path("eventId").asString());
        assertThat(attempts).allSatisfy(attempt -> assertThat(attempt.body())
                .isEqualTo(attempts.get(0).body()));
        JsonNode webhook = api.get("/api/v1/webhooks/" + id).json();
        assertThat(webhook.path("lastDeliveredPosition").asLong())
                .isEqualTo(delivery.path("position").asLong());
        assertThat(webhook.path("lag").asLong()).isZero();
    }

    @Test
    void theMetricsCountDeliveriesAndFailuresAndShowTheLagPerSubscription() {
        receiver.answer(delivery -> receiver.attemptsAt(delivery.id()) == 1 ? 503 : 200);
        String id = subscribe(api, receiver.url(), List.of("CentreRegistered"), List.of("159"))
                .path("id")
                .asString();

        centreIn("159");

        String of = "[^}]*subscription=\"" + id + "\"[^}]*} ";
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(api.get("/actuator/prometheus").body())
                        .containsPattern("samvaer_webhook_deliveries_total\\{[^}]*outcome=\"delivered\"" + of + "1\\.0")
                        .containsPattern("samvaer_webhook_deliveries_total\\{[^}]*outcome=\"failed\"" + of + "1\\.0")
                        .containsPattern("samvaer_webhook_failures_total\\{[^}]*reason=\"status\"" + of + "1\\.0")
                        .containsPattern("samvaer_webhook_lag_deliveries\\{" + of + "0\\.0")
                        .containsPattern("samvaer_webhook_lag_seconds\\{" + of + "0\\.0")
                        .contains("samvaer_webhook_subscriptions_paused"));
    }

    @Test
    void aSubscriptionThatKeepsFailingIsPausedAndFlaggedAndResumingDeliversWhatWaited() {
        receiver.answer(delivery -> 500);
        String id = subscribe(api, receiver.url(), List.of("CentreRegistered"), List.of("153"))
                .path("id")
                .asString();
        centreIn("153");

        await().atMost(PATIENCE).until(() -> api.get("/api/v1/webhooks/" + id)
                .json()
                .path("status")
                .asString()
                .equals("PAUSED"));
        JsonNode paused = api.get("/api/v1/webhooks/" + id).json();
        assertThat(paused.path("pausedReason").asString()).contains("HTTP 500");
        assertThat(deliveries(id).get(0).path("status").asString()).isEqualTo("FAILED");
        JsonNode health = api.outsideTheContract()
                .get("/actuator/health")
                .json()
                .path("components")
                .path("webhooks");
        assertThat(health.path("status").asString()).isEqualTo("UP");
        assertThat(health.path("details").path("paused").findValuesAsString("id"))
                .contains(id);

        centreIn("153"); // while paused: waits
        int attemptsWhilePaused = receiver.received().size();
        receiver.answer(delivery -> 200);
        sleep(Duration.ofSeconds(1));
        assertThat(receiver.received()).hasSize(attemptsWhilePaused);
        assertThat(api.post("/api/v1/webhooks/" + id + "/resume").status()).isEqualTo(204);

        await().atMost(PATIENCE).until(() -> receiver.delivered().size() == 2);
        assertThat(receiver.delivered()).extracting(Received::position).isSorted();
        JsonNode resumed = api.get("/api/v1/webhooks/" + id).json();
        assertThat(resumed.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(resumed.path("pausedReason").isNull()).isTrue();
        await().atMost(PATIENCE)
                .until(() ->
                        api.get("/api/v1/webhooks/" + id).json().path("lag").asLong() == 0);
    }

    @Test
    void resendingFromAPositionSendsThoseEventsAgainInOrder() {
        String id = subscribe(api, receiver.url(), List.of("CentreRegistered"), List.of("155"))
                .path("id")
                .asString();
        centreIn("155");
        centreIn("155");
        await().atMost(PATIENCE).until(() -> receiver.delivered().size() == 2);
        long first = receiver.delivered().get(0).position();

        Api.Response resend = api.post("/api/v1/webhooks/" + id + "/resend", Api.json("fromPosition", first));

        assertThat(resend.status()).as(resend.toString()).isEqualTo(202);
        await().atMost(PATIENCE).until(() -> receiver.delivered().size() == 4);
        List<Long> positions = receiver.positions();
        assertThat(positions.subList(2, 4)).isEqualTo(positions.subList(0, 2));
    }

    @Test
    void webhookBodiesNeverCarryCitizenPseudonyms() {
        subscribe(api, receiver.url(), List.of("EscortProvided"), List.of());
        String escort = api.post(
                        "/api/v1/escorts", Postings.escort("CASE-" + UUID.randomUUID(), centreIn("621"), "2025-03-05"))
                .json()
                .path("id")
                .asString();

        await().atMost(PATIENCE).until(() -> receiver.received().stream()
                .anyMatch(delivery -> delivery.item().path("data").toString().contains(escort)));
        assertThat(receiver.received())
                .allSatisfy(delivery -> assertThat(delivery.item().path("data").has("citizenPseudonym"))
                        .isFalse());
    }

    @Test
    void aHostTheOperatorDoesNotAllowIsRefusedAtCreation() {
        Api.Response elsewhere = api.post(
                "/api/v1/webhooks", Api.json("url", "https://example.com/hooks", "municipalityCodes", List.of("621")));
        Api.Response notHttp = api.post(
                "/api/v1/webhooks", Api.json("url", "ftp://127.0.0.1/hooks", "municipalityCodes", List.of("621")));

        assertThat(elsewhere.status()).isEqualTo(400);
        assertThat(elsewhere.problemType()).isEqualTo("validation");
        assertThat(elsewhere.json().path("errors").get(0).path("field").asString())
                .isEqualTo("url");
        assertThat(elsewhere.body()).contains("allowed-hosts");
        assertThat(notHttp.status()).isEqualTo(400);
    }

    @Test
    void anUnknownEventTypeIsRefusedWithTheKnownTypes() {
        Api.Response refused = api.post(
                "/api/v1/webhooks", Api.json("url", receiver.url(), "eventTypes", List.of("ActivityExploded")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("ActivityHeld");
    }

    @Test
    void aLeaderCannotSubscribeToAnotherMunicipalityNorToEveryMunicipality() {
        Api kolding = api.as(TestKeys.LEADER_KOLDING);

        Api.Response other = kolding.post(
                "/api/v1/webhooks", Api.json("url", receiver.url(), "municipalityCodes", List.of("621", "479")));
        Api.Response all = kolding.post("/api/v1/webhooks", Api.json("url", receiver.url()));

        assertThat(other.status()).isEqualTo(403);
        assertThat(all.status()).isEqualTo(400);
        assertThat(all.json().path("errors").get(0).path("field").asString()).isEqualTo("municipalityCodes");
    }

    @Test
    void aLeaderSeesOnlySubscriptionsWithinTheirMunicipalities() {
        String koldings = subscribe(api.as(TestKeys.LEADER_KOLDING), receiver.url(), List.of(), List.of("621"))
                .path("id")
                .asString();
        String everywhere =
                subscribe(api, receiver.url(), List.of(), List.of()).path("id").asString();
        Api svendborg = api.as(TestKeys.LEADER_SVENDBORG);
        Api kolding = api.as(TestKeys.LEADER_KOLDING);

        assertThat(kolding.get("/api/v1/webhooks/" + koldings).status()).isEqualTo(200);
        assertThat(svendborg.get("/api/v1/webhooks/" + koldings).status()).isEqualTo(404);
        assertThat(svendborg.get("/api/v1/webhooks/" + koldings + "/deliveries").status())
                .isEqualTo(404);
        assertThat(svendborg.delete("/api/v1/webhooks/" + koldings).status()).isEqualTo(404);
        assertThat(kolding.get("/api/v1/webhooks/" + everywhere).status()).isEqualTo(404);
        assertThat(ids(svendborg.get("/api/v1/webhooks?size=500").json())).doesNotContain(koldings, everywhere);
        assertThat(ids(kolding.get("/api/v1/webhooks?size=500").json()))
                .contains(koldings)
                .doesNotContain(everywhere);
        assertThat(ids(api.get("/api/v1/webhooks?size=500").json())).contains(koldings, everywhere);

        assertThat(kolding.delete("/api/v1/webhooks/" + koldings).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/webhooks/" + koldings).status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/webhooks/" + everywhere).status()).isEqualTo(204);
    }

    /**
     * The service is stopped (its Spring context closed) while the receiver holds a delivery, which then fails; a new
     * context on the same database carries on: the receiver gets every event of the scenario at least once, and never
     * an earlier one after a later.
     */
    @Test
    void nothingIsLostAndNothingOvertakesWhenTheServiceIsRestartedMidDelivery() {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger requests = new AtomicInteger();
        receiver.answer(delivery -> {
            if (requests.incrementAndGet() == 2) {
                holding.countDown();
                awaitLatch(release);
                return 500;
            }
            return 200;
        });
        ConfigurableApplicationContext first = node("restart-a");
        String id;
        long start;
        try {
            Api before = new Api(port(first), TestKeys.ADMIN);
            JsonNode created = subscribe(before, receiver.url(), List.of(), List.of("157"));
            id = created.path("id").asString();
            start = created.path("webhook").path("startPosition").asLong();
            String centre = centre(before, "157");
            plan(before, centre, 1);
            plan(before, centre, 2);
            awaitLatch(holding);
            plan(before, centre, 3); // recorded while the receiver holds the second delivery
        } finally {
            first.close();
            release.countDown();
        }

        ConfigurableApplicationContext second = node("restart-b");
        try {
            Api after = new Api(port(second), TestKeys.ADMIN);
            plan(after, centre(after, "157"), 4);
            List<String> expected = feedIds(after, start, "157");
            assertThat(feedTypes(after, start, "157"))
                    .filteredOn("ActivityPlanned"::equals)
                    .hasSize(4);

            await().atMost(PATIENCE).until(() -> receiver.delivered().stream()
                    .map(Received::id)
                    .collect(Collectors.toSet())
                    .containsAll(expected));
            assertThat(receiver.positions())
                    .as("every request, in the order received")
                    .isSorted();
            assertThat(receiver.ids()).containsAll(expected);
            assertThat(after.get("/api/v1/webhooks/" + id).json().path("status").asString())
                    .isEqualTo("ACTIVE");
        } finally {
            second.close();
        }
    }

    // --- the application, restarted ---

    private static ConfigurableApplicationContext node(String nodeId) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--samvaer.node-id=" + nodeId,
                "--samvaer.security.api-keys-file=" + TestKeys.FILE,
                "--samvaer.audit.ledger.settle=PT0S",
                "--samvaer.webhooks.allowed-hosts=127.0.0.1",
                "--samvaer.webhooks.poll-interval=PT0.1S",
                "--samvaer.webhooks.initial-backoff=PT0.2S",
                "--samvaer.webhooks.max-backoff=PT0.5S",
                "--samvaer.webhooks.timeout=PT20S",
                "--samvaer.webhooks.lease=PT30S"));
        TestDatabase.properties("webhooks-restart").forEach((key, value) -> args.add("--" + key + "=" + value));
        return new SpringApplicationBuilder(SamvaerApplication.class).run(args.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext node) {
        return node.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    private static String centre(Api caller, String code) {
        Api.Response created = caller.post(
                "/api/v1/centres", Api.json("municipalityCode", code, "name", "Værestedet " + UUID.randomUUID()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    private static void plan(Api caller, String centre, int day) {
        Api.Response planned =
                caller.post("/api/v1/activities", planJson(centre, "2025-05-0" + day + "T10:00:00+02:00"));
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
    }

    // --- the API ---

    private JsonNode subscribe(Api caller, String url, List<String> types, List<String> codes) {
        Api.Response created =
                caller.post("/api/v1/webhooks", Api.json("url", url, "eventTypes", types, "municipalityCodes", codes));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        subscriptions.add(created.json().path("id").asString());
        assertThat(created.header("Location"))
                .endsWith("/api/v1/webhooks/" + created.json().path("id").asString());
        return created.json();
    }

    private List<JsonNode> deliveries(String id) {
        List<JsonNode> items = new ArrayList<>();
        api.get("/api/v1/webhooks/" + id + "/deliveries").json().path("items").forEach(items::add);
        return items;
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }

    /** The ids of the feed's events of the municipality after the position, in order, as the admin reads them. */
    private static List<String> feedIds(Api admin, long after, String code) {
        return feed(admin, after, code).stream()
                .map(item -> item.path("id").asString())
                .toList();
    }

    private static List<String> feedTypes(Api admin, long after, String code) {
        return feed(admin, after, code).stream()
                .map(item -> item.path("type").asString())
                .toList();
    }

    private static List<JsonNode> feed(Api admin, long after, String code) {
        List<JsonNode> items = new ArrayList<>();
        admin.get("/api/v1/feed?limit=1000&after=" + after).json().path("items").forEach(item -> {
            if (code.equals(item.path("municipalityCode").asString())) {
                items.add(item);
            }
        });
        return items;
    }

    /**
     * The receiver's check, written from the Standard Webhooks specification: the key is the base64 after
     * {@code whsec_}; the signature is HMAC-SHA256 over {@code webhook-id.webhook-timestamp.body}, base64, sent as
     * {@code v1,<signature>} among space-separated signatures, compared in constant time.
     */
    static boolean verifies(String secret, Received delivery) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            mac.update((delivery.id() + "." + delivery.timestamp() + ".").getBytes(StandardCharsets.UTF_8));
            byte[] expected = mac.doFinal(delivery.body());
            for (String signature : delivery.signature().split(" ")) {
                String[] parts = signature.split(",", 2);
                if (parts.length == 2
                        && parts[0].equals("v1")
                        && MessageDigest.isEqual(expected, Base64.getDecoder().decode(parts[1]))) {
                    return true;
                }
            }
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            assertThat(latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    // --- the receiver ---

    /** One request the receiver got, and what it answered. */
    record Received(String id, long timestamp, String signature, byte[] body, int status) {

        JsonNode item() {
            return Api.mapper().readTree(body);
        }

        long position() {
            return item().path("position").asLong();
        }
    }

    /** A webhook receiver on 127.0.0.1: keeps every request and answers what it is told to. */
    static final class Receiver implements AutoCloseable {

        private final HttpServer server;
        private final ExecutorService threads = Executors.newFixedThreadPool(4);
        private final List<Received> received = new CopyOnWriteArrayList<>();
        private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
        private volatile Function<Received, Integer> answer = delivery -> 200;

        Receiver() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/hooks", this::handle);
            server.setExecutor(threads);
            server.start();
        }

        private void handle(HttpExchange exchange) throws IOException {
            try (exchange) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                String id = exchange.getRequestHeaders().getFirst("webhook-id");
                Received request = new Received(
                        id,
                        Long.parseLong(exchange.getRequestHeaders().getFirst("webhook-timestamp")),
                        exchange.getRequestHeaders().getFirst("webhook-signature"),
                        body,
                        0);
                attempts.computeIfAbsent(id, key -> new AtomicInteger()).incrementAndGet();
                int status = answer.apply(request);
                received.add(new Received(request.id(), request.timestamp(), request.signature(), body, status));
                exchange.sendResponseHeaders(status, -1);
            }
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
        }

        void answer(Function<Received, Integer> how) {
            answer = how;
        }

        /** How many requests carried this webhook-id so far, this one included. */
        int attemptsAt(String id) {
            AtomicInteger count = attempts.get(id);
            return count == null ? 0 : count.get();
        }

        List<Received> received() {
            return List.copyOf(received);
        }

        /** The requests answered 2xx. */
        List<Received> delivered() {
            return received().stream()
                    .filter(delivery -> delivery.status() >= 200 && delivery.status() < 300)
                    .toList();
        }

        List<String> ids() {
            return new ArrayList<>(
                    new LinkedHashSet<>(received().stream().map(Received::id).toList()));
        }

        List<Long> positions() {
            return received().stream().map(Received::position).toList();
        }

        @Override
        public void close() {
            server.stop(0);
            threads.shutdownNow();
        }
    }
}
