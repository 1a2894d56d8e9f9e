package dk.samvaer.app.audit;

import static dk.samvaer.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samvaer.app.SamvaerApplication;
import dk.samvaer.app.support.Api;
import dk.samvaer.app.support.TestDatabase;
import dk.samvaer.app.support.TestKeys;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The benchmark's baseline mode, {@code samvaer.processors.mode=axon-defaults}: Axon's default tracking processors,
 * which start at the head of the store; a rebuild still replays from the very first event. The context is closed after
 * the class, while its database is still there: stopped at JVM exit, the tracking processors hold the fork up.
 */
@DirtiesContext
@SpringBootTest(
        classes = SamvaerApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "samvaer.security.api-keys-file=" + TestKeys.FILE,
            "samvaer.processors.mode=axon-defaults",
            "samvaer.audit.rebuild.timeout=PT60S",
        })
class AxonDefaultProcessorsIntegrationTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "axon-defaults");
    }

    @LocalServerPort
    int port;

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void aRebuildWithAxonsDefaultProcessorsReplaysEveryEventIntoTheSameReports() {
        Api api = new Api(port, TestKeys.ADMIN);
        api.post(
                "/api/v1/project-years",
                json("year", 2007, "municipalities", List.of(Map.of("municipalityCode", "607", "arm", "TEST"))));
        String centre = api.post("/api/v1/centres", json("municipalityCode", "607", "name", "Værestedet Basislinjen"))
                .json()
                .path("id")
                .asString();
        String activity = api.post(
                        "/api/v1/activities",
                        json(
                                "centreId", centre,
                                "title", "Gåtur",
                                "category", "OUTDOOR",
                                "setting", "OFF_SITE",
                                "startsAt", "2007-05-01T10:00:00+02:00"))
                .json()
                .path("id")
                .asString();
        api.post(
                "/api/v1/activities/" + activity + "/logbook",
                json("heldOn", "2007-05-01", "participants", 9, "newParticipants", 2, "formerlyHomeless", 4));

        JsonNode result = api.post("/api/v1/audit/rebuild", "").json();

        assertThat(processing.eventProcessor("reporting", TrackingEventProcessor.class))
                .isPresent();
        assertThat(result.path("equal").asBoolean()).as(result.toString()).isTrue();
        assertThat(api.get("/api/v1/reports/project-years/2007")
                        .json()
                        .path("participants")
                        .asInt())
                .isEqualTo(9);
    }
}
