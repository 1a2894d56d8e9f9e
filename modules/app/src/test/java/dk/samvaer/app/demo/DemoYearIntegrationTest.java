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

    /**
     * The comparison of arms for the demo year. Expected values computed independently from
     * demo/activities-2025.csv with SciPy 1.17.1 and statsmodels 0.15.0 (the evaluations by replaying DemoYear's
     * java.util.Random draws in Python: test arm 117 yes and 11 no, control 84 yes and 6 no, of 238 evaluations).
     */
    private JsonNode comparison() {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/v1/reports/project-years/2025/evaluations")
                                .json()
                                .path("evaluations")
                                .asInt()
                        == 238);
        return api.get("/api/v1/reports/project-years/2025/comparison").json();
    }

    @Test
    void theComparisonOfTheDemoYearGivesEachArmsMeanParticipantsWithTIntervalsAndWelchsDifference() {
        // stats.t.interval(0.95, n − 1, loc=mean, scale=stats.sem(x)) per arm; stats.ttest_ind(test, control,
        // equal_var=False): r.confidence_interval(0.95) = (-4.10753, 1.81587), r.pvalue = 0.436529
        JsonNode comparison = comparison();
        JsonNode test = comparison.path("arms").path("TEST").path("participantsPerActivity");
        JsonNode control = comparison.path("arms").path("CONTROL").path("participantsPerActivity");
        JsonNode difference = comparison.path("difference").path("participantsPerActivity");

        assertThat(comparison.path("arms").path("TEST").path("activities").asInt())
                .isEqualTo(24);
        assertThat(test.path("estimate").decimalValue()).isEqualByComparingTo("16.4167");
        assertThat(test.path("ci95").get(0).decimalValue()).isEqualByComparingTo("14.5204");
        assertThat(test.path("ci95").get(1).decimalValue()).isEqualByComparingTo("18.3129");
        assertThat(control.path("estimate").decimalValue()).isEqualByComparingTo("17.5625");
        assertThat(control.path("ci95").get(0).decimalValue()).isEqualByComparingTo("15.1560");
        assertThat(control.path("ci95").get(1).decimalValue()).isEqualByComparingTo("19.9690");
        assertThat(difference.path("estimate").decimalValue()).isEqualByComparingTo("-1.1458");
        assertThat(difference.path("ci95").get(0).decimalValue()).isEqualByComparingTo("-4.1075");
        assertThat(difference.path("ci95").get(1).decimalValue()).isEqualByComparingTo("1.8159");
        assertThat(difference.path("pValue").decimalValue()).isEqualByComparingTo("0.4365");
    }

    @Test
    void theComparisonOfTheDemoYearGivesEachArmsNewShareByTheDeltaMethod() {
        // sm.WLS(new/participants, 1, weights=participants).fit(cov_type='HC1') per arm, ± stats.norm.ppf(0.975)·se;
        // the difference 0.0081742 ± 1.96·sqrt(se₁² + se₂²), p = 2·stats.norm.sf(|d/se|) = 0.207951
        JsonNode comparison = comparison();
        JsonNode test = comparison.path("arms").path("TEST").path("newShare");
        JsonNode control = comparison.path("arms").path("CONTROL").path("newShare");
        JsonNode difference = comparison.path("difference").path("newShare");

        assertThat(test.path("estimate").decimalValue()).isEqualByComparingTo("0.3071");
        assertThat(test.path("ci95").get(0).decimalValue()).isEqualByComparingTo("0.2979");
        assertThat(test.path("ci95").get(1).decimalValue()).isEqualByComparingTo("0.3163");
        assertThat(control.path("estimate").decimalValue()).isEqualByComparingTo("0.2989");
        assertThat(control.path("ci95").get(0).decimalValue()).isEqualByComparingTo("0.2902");
        assertThat(control.path("ci95").get(1).decimalValue()).isEqualByComparingTo("0.3077");
        assertThat(difference.path("estimate").decimalValue()).isEqualByComparingTo("0.0082");
        assertThat(difference.path("ci95").get(0).decimalValue()).isEqualByComparingTo("-0.0045");
        assertThat(difference.path("ci95").get(1).decimalValue()).isEqualByComparingTo("0.0209");
        assertThat(difference.path("pValue").decimalValue()).isEqualByComparingTo("0.2080");
    }

    @Test
    void theComparisonOfTheDemoYearGivesEachArmsWouldJoinAgainRateWithWilsonAndNewcombeIntervals() {
        // stats.binomtest(117, 128) and (84, 90).proportion_ci(0.95, method='wilson');
        // confint_proportions_2indep(117, 128, 84, 90, method='newcomb', compare='diff') = (-0.090327, 0.061126);
        // proportions_ztest([117, 84], [128, 90]) p = 0.601367
        JsonNode comparison = comparison();
        JsonNode test = comparison.path("arms").path("TEST").path("wouldJoinAgainRate");
        JsonNode control = comparison.path("arms").path("CONTROL").path("wouldJoinAgainRate");
        JsonNode difference = comparison.path("difference").path("wouldJoinAgainRate");

        assertThat(test.path("estimate").decimalValue()).isEqualByComparingTo("0.9141");
        assertThat(test.path("ci95").get(0).decimalValue()).isEqualByComparingTo("0.8527");
        assertThat(test.path("ci95").get(1).decimalValue()).isEqualByComparingTo("0.9513");
        assertThat(control.path("estimate").decimalValue()).isEqualByComparingTo("0.9333");
        assertThat(control.path("ci95").get(0).decimalValue()).isEqualByComparingTo("0.8621");
        assertThat(control.path("ci95").get(1).decimalValue()).isEqualByComparingTo("0.9691");
        assertThat(difference.path("estimate").decimalValue()).isEqualByComparingTo("-0.0193");
        assertThat(difference.path("ci95").get(0).decimalValue()).isEqualByComparingTo("-0.0903");
        assertThat(difference.path("ci95").get(1).decimalValue()).isEqualByComparingTo("0.0611");
        assertThat(difference.path("pValue").decimalValue()).isEqualByComparingTo("0.6014");
    }
}
