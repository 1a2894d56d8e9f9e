package dk.samvaer.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvaer.app.SamvaerApplication;
import dk.samvaer.collaboration.api.BestPractice;
import dk.samvaer.kernel.web.DateTimes;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application on a random port over an in-memory H2 database (PostgreSQL mode, real Flyway migrations), shared
 * by every test class that extends this one. Tests create their own centres and activities and use their own years,
 * so they do not depend on each other's data.
 */
@SpringBootTest(
        classes = SamvaerApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "samvaer.security.api-keys-file=" + TestKeys.FILE,
            "samvaer.web.users-file=" + TestPeople.FILE,
            "samvaer.security.cors.allowed-origins=https://staff.example.dk",
            "samvaer.security.max-request-size=64KB",
            "samvaer.audit.ledger.settle=PT0S",
            "samvaer.audit.rebuild.timeout=PT60S",
            // every test calls from 127.0.0.1, and some present wrong keys on purpose: the limit on failed attempts
            // per address has its own test (FailedAuthenticationIntegrationTest)
            "samvaer.security.failed-authentication.attempts=100000",
            // webhooks to the tests' own receivers on this machine, retried quickly (WebhooksIntegrationTest)
            "samvaer.webhooks.allowed-hosts=127.0.0.1,localhost",
            "samvaer.webhooks.poll-interval=PT0.1S",
            "samvaer.webhooks.initial-backoff=PT0.2S",
            "samvaer.webhooks.max-backoff=PT0.5S",
            "samvaer.webhooks.max-retry-duration=PT5S",
            "samvaer.webhooks.timeout=PT5S",
            "samvaer.webhooks.lease=PT10S",
        })
public abstract class ApiIntegrationTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "api");
    }

    @LocalServerPort
    protected int port;

    /** The API as a programme administrator (all municipalities, every role's endpoints but audit). */
    protected Api api;

    @BeforeEach
    protected void connect() {
        api = new Api(port, TestKeys.ADMIN);
    }

    /** Registers a centre in the municipality and returns its id. */
    protected String centreIn(String municipalityCode) {
        Api.Response created = api.post(
                "/api/v1/centres",
                Api.json("municipalityCode", municipalityCode, "name", "Værestedet " + UUID.randomUUID()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    /** The body that plans a fishing trip at the centre; more fields may follow as key-value pairs. */
    protected static String planJson(String centreId, String startsAt, Object... more) {
        List<Object> fields = new ArrayList<>(List.of(
                "centreId",
                centreId,
                "title",
                "Fisketur",
                "category",
                "OUTDOOR",
                "setting",
                "OFF_SITE",
                "startsAt",
                DateTimes.RFC_3339.format(OffsetDateTime.parse(startsAt))));
        fields.addAll(Arrays.asList(more));
        return Api.json(fields.toArray());
    }

    /** A self-assessment body giving every one of the nine best practices the same status. */
    protected static String selfAssessmentJson(String municipalityCode, String assessedOn, String status) {
        Map<String, Object> practices = new LinkedHashMap<>();
        for (BestPractice practice : BestPractice.values()) {
            practices.put(practice.name(), Map.of("status", status));
        }
        return Api.json("municipalityCode", municipalityCode, "assessedOn", assessedOn, "practices", practices);
    }

    /** Plans an activity at the centre starting at the given time and returns its id. */
    protected String activityAt(String centreId, String startsAt) {
        Api.Response created = api.post("/api/v1/activities", planJson(centreId, startsAt));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    /** Records a logbook and asserts it was accepted. */
    /** How many participant evaluations the activity has, as the API tells. */
    protected int evaluationsOf(String activityId) {
        return api.get("/api/v1/activities/" + activityId)
                .json()
                .path("evaluations")
                .asInt();
    }

    protected void logbook(String activityId, String heldOn, int participants, int fresh, int formerlyHomeless) {
        Api.Response recorded = api.post(
                "/api/v1/activities/" + activityId + "/logbook",
                Api.json(
                        "heldOn",
                        heldOn,
                        "participants",
                        participants,
                        "newParticipants",
                        fresh,
                        "formerlyHomeless",
                        formerlyHomeless));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    }
}
