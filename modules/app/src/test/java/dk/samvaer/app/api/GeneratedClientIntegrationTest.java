package dk.samvaer.app.api;

import static dk.samvaer.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.samvaer.app.support.ApiIntegrationTest;
import dk.samvaer.app.support.TestKeys;
import dk.samvaer.client.ApiClient;
import dk.samvaer.client.ApiException;
import dk.samvaer.client.ApiResponse;
import dk.samvaer.client.api.ActivitiesApi;
import dk.samvaer.client.api.ReportsApi;
import dk.samvaer.client.model.ActivityStatus;
import dk.samvaer.client.model.ActivityView;
import dk.samvaer.client.model.Category;
import dk.samvaer.client.model.Created;
import dk.samvaer.client.model.EvaluationRequest;
import dk.samvaer.client.model.HeardVia;
import dk.samvaer.client.model.LogbookRequest;
import dk.samvaer.client.model.LogbookResponse;
import dk.samvaer.client.model.MunicipalityFigures;
import dk.samvaer.client.model.PlanActivityRequest;
import dk.samvaer.client.model.Problem;
import dk.samvaer.client.model.ProjectYearFigures;
import dk.samvaer.client.model.Setting;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Java client that openapi-generator builds from {@code api-spec/openapi.yaml} during the build (module
 * {@code clients/java}, no hand edits) drives a staff member's day against the running service: plan, read with ETag,
 * logbook with If-Match, evaluation, report, and a refusal read as a typed problem (issue 13).
 */
class GeneratedClientIntegrationTest extends ApiIntegrationTest {

    static final int YEAR = 2011;

    @LocalServerPort
    int port;

    ActivitiesApi activities;
    ReportsApi reports;
    UUID centre;

    @BeforeEach
    void aStaffMemberOfKoldingWithAGeneratedClient() {
        api.post(
                "/api/v1/project-years",
                json("year", YEAR, "municipalities", List.of(Map.of("municipalityCode", "621", "arm", "TEST"))));
        centre = UUID.fromString(centreIn("621"));
        ApiClient client =
                new ApiClient().setRequestInterceptor(request -> request.header("X-API-Key", TestKeys.STAFF_KOLDING));
        client.updateBaseUri("http://localhost:" + port);
        activities = new ActivitiesApi(client);
        reports = new ReportsApi(client);
    }

    @Test
    void aStaffMemberPlansRecordsEvaluatesAndReadsTheReportThroughTheGeneratedClient() throws ApiException {
        Created planned = activities.planActivity(
                new PlanActivityRequest()
                        .centreId(centre)
                        .title("Fisketur")
                        .category(Category.OUTDOOR)
                        .setting(Setting.OFF_SITE)
                        .startsAt(OffsetDateTime.parse(YEAR + "-05-01T10:00:00+02:00")),
                "client-plan-" + UUID.randomUUID());
        UUID id = UUID.fromString(planned.getId());

        ApiResponse<ActivityView> read = activities.getActivityWithHttpInfo(id);
        String etag = read.getHeaders().get("etag").get(0);
        assertThat(read.getData().getStatus()).isEqualTo(ActivityStatus.PLANNED);
        assertThat(read.getData().getLogbook()).isNull();

        LogbookResponse logbook = activities.recordLogbook(
                id,
                new LogbookRequest()
                        .heldOn(LocalDate.parse(YEAR + "-05-01"))
                        .participants(18)
                        .newParticipants(5)
                        .formerlyHomeless(9),
                etag,
                null);
        assertThat(logbook.getParticipants()).isEqualTo(18);
        assertThat(logbook.getReason()).isNull();

        activities.submitEvaluation(
                id, new EvaluationRequest().heardVia(List.of(HeardVia.FRIEND)).wouldJoinAgain(true), null);

        ProjectYearFigures report = reports.getProjectYearReport(YEAR, "621", null);
        MunicipalityFigures kolding = report.getByMunicipality().get(0);
        assertThat(kolding.getMunicipalityCode()).isEqualTo("621");
        assertThat(kolding.getActivitiesHeld()).isEqualTo(1L);
        assertThat(kolding.getParticipants()).isEqualTo(18L);
    }

    @Test
    void aRefusalReachesTheGeneratedClientAsATypedProblem() throws Exception {
        Created planned = activities.planActivity(
                new PlanActivityRequest()
                        .centreId(centre)
                        .title("Bål")
                        .category(Category.OUTDOOR)
                        .setting(Setting.ON_SITE)
                        .startsAt(OffsetDateTime.parse((YEAR + 1) + "-06-01T18:00:00+02:00")),
                null);
        UUID id = UUID.fromString(planned.getId());
        LogbookRequest logbook = new LogbookRequest()
                .heldOn(LocalDate.parse((YEAR + 1) + "-06-01"))
                .participants(7)
                .newParticipants(1)
                .formerlyHomeless(3);
        activities.recordLogbook(id, logbook, null, null);

        ApiException refused =
                catchThrowableOfType(ApiException.class, () -> activities.recordLogbook(id, logbook, null, null));

        assertThat(refused.getCode()).isEqualTo(409);
        Problem problem = new ApiClient().getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertThat(problem.getType()).hasToString("https://samvaer.dk/problems/rule/logbook-already-recorded");
        assertThat(problem.getRule()).isEqualTo("logbook-already-recorded");
        assertThat(problem.getStatus()).isEqualTo(409);
    }
}
