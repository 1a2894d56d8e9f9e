package dk.samvaer.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.samvaer.app.SamvaerApplication;
import dk.samvaer.app.support.Api;
import dk.samvaer.app.support.TestKeys;
import java.time.Duration;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

@SpringBootTest(
        classes = SamvaerApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"samvaer.security.api-keys-file=" + TestKeys.FILE})
@ActiveProfiles("demo")
class DemoYearIntegrationTest {

    @org.springframework.test.context.DynamicPropertySource
    static void database(org.springframework.test.context.DynamicPropertyRegistry registry) {
        dk.samvaer.app.support.TestDatabase.register(registry, "demo");
    }

    @LocalServerPort
    int port;

    @Autowired
    DemoYear demoYear;

    @Autowired
    EventProcessingConfiguration processing;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port, TestKeys.AUDITOR);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> report().path("activitiesHeld").asInt() == 40
                        && api.get("/api/v1/reports/self-assessments")
                                        .json()
                                        .path("subjects")
                                        .size()
                                == 5);
    }

    private JsonNode report() {
        return api.get("/api/v1/reports/project-years/2025").json();
    }

    @Test
    void theDemoYearShowsTheFiguresOfTheReport() {
        JsonNode report = report();

        assertThat(report.path("activitiesHeld").asInt()).isEqualTo(40);
        assertThat(report.path("participants").asInt()).isEqualTo(675);
        assertThat(report.path("newParticipants").asInt()).isEqualTo(205);
        assertThat(report.path("formerlyHomeless").asInt()).isEqualTo(341);
    }

    @Test
    void theDemoYearHasThreeTestAndTwoControlMunicipalitiesWithEightActivitiesEach() {
        JsonNode report = report();

        assertThat(report.path("byArm").path("TEST").path("activitiesHeld").asInt())
                .isEqualTo(24);
        assertThat(report.path("byArm").path("CONTROL").path("activitiesHeld").asInt())
                .isEqualTo(16);
        assertThat(report.path("byMunicipality").findValuesAsString("municipalityName"))
                .containsExactlyInAnyOrder("Kolding", "Haderslev", "Næstved", "Svendborg", "Helsingør");
        report.path("byMunicipality")
                .forEach(m -> assertThat(m.path("activitiesHeld").asInt()).isEqualTo(8));
    }

    @Test
    void tableOneShowsMeetingsAndBuddyCoursesInTheTestMunicipalitiesOnly() {
        JsonNode table1 =
                api.get("/api/v1/reports/project-years/2025/strands").json().path("municipalities");
        java.util.Map<String, JsonNode> byName = new java.util.HashMap<>();
        table1.forEach(m -> byName.put(m.path("municipalityName").asString(), m));

        assertThat(List.of("Kolding", "Haderslev", "Næstved", "Svendborg", "Helsingør").stream()
                        .map(name -> byName.get(name)
                                .path("collaborationMeetingsHeld")
                                .asInt())
                        .toList())
                .containsExactly(6, 6, 6, 0, 0);
        assertThat(List.of("Kolding", "Haderslev", "Næstved", "Svendborg", "Helsingør").stream()
                        .map(name -> byName.get(name).path("buddyCourseHeld").asBoolean())
                        .toList())
                .containsExactly(true, true, true, false, false);
        assertThat(byName.get("Kolding").path("networkMeetingsAttended").asInt())
                .isEqualTo(2);
        assertThat(byName.get("Svendborg").path("networkMeetingsAttended").asInt())
                .isEqualTo(1);
        assertThat(byName.get("Næstved").path("activityTitles")).hasSize(8);
    }

    @Test
    void theDemoYearHasEvaluations() {
        JsonNode summary =
                api.get("/api/v1/reports/project-years/2025/evaluations").json();

        assertThat(summary.path("evaluations").asInt()).isGreaterThan(100);
        assertThat(summary.path("wouldJoinAgain").path("rate").decimalValue())
                .isBetween(new java.math.BigDecimal("0.5"), java.math.BigDecimal.ONE);
    }

    @Test
    void loadingTheDemoYearAgainSendsNothingAndChangesNothing() throws Exception {
        String before = report().toString();

        int sent = demoYear.load();

        assertThat(sent).isZero();
        assertThat(report().toString()).isEqualTo(before);
    }

    @Test
    void rebuildingTheReportProjectionFromTheEventStoreGivesTheSameReport() {
        String before = report().toString();
        StreamingEventProcessor reporting = processing
                .eventProcessorByProcessingGroup("reporting", StreamingEventProcessor.class)
                .orElseThrow();

        reporting.shutDown();
        reporting.resetTokens();
        reporting.start();

        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> !reporting.isReplaying() && report().toString().equals(before));
        assertThat(report().toString()).isEqualTo(before);
    }
}
