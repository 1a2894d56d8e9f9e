package dk.samvaer.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvaer.app.support.Api;
import dk.samvaer.app.support.ApiIntegrationTest;
import dk.samvaer.app.support.TestKeys;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuthenticationIntegrationTest extends ApiIntegrationTest {

    @Autowired
    EventStore eventStore;

    private Api anonymous() {
        return api.as(null);
    }

    @Test
    void answersUnauthorizedWithAProblemWithoutCredentials() {
        Api.Response response = anonymous().get("/api/v1/activities");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.problemType()).isEqualTo("unauthenticated");
        assertThat(response.headers().get("WWW-Authenticate")).isNotEmpty();
    }

    @Test
    void answersUnauthorizedForAnUnknownKey() {
        Api.Response response = api.as("not-a-key-we-issued").get("/api/v1/activities");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().path("detail").asString()).isEqualTo("The API key is not valid.");
    }

    @Test
    void acceptsTheKeyAsAnApiKeyAuthorizationHeader() {
        Api.Response response = anonymous().get("/actuator/prometheus", "Authorization", "ApiKey " + TestKeys.AUDITOR);

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void keepsHealthProbesAndApiDocsPublicAndNothingElse() {
        assertThat(anonymous().get("/actuator/health/liveness").status()).isEqualTo(200);
        assertThat(anonymous().get("/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(anonymous().get("/v3/api-docs").status()).isEqualTo(200);
        assertThat(anonymous().get("/swagger-ui/index.html").status()).isEqualTo(200);
        assertThat(anonymous().get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(anonymous().get("/api/v1/municipalities").status()).isEqualTo(401);
    }

    @Test
    void keepsMetricsFromRolesOtherThanAdminAndAuditor() {
        assertThat(api.as(TestKeys.LEADER_KOLDING).get("/actuator/prometheus").status())
                .isEqualTo(403);
    }

    @Test
    void countsFailedAuthenticationsInTheMetrics() {
        double before = failures("invalid_key");

        api.as("wrong-key-1").get("/api/v1/activities");
        api.as("wrong-key-2").get("/api/v1/activities");

        assertThat(failures("invalid_key")).isEqualTo(before + 2);
    }

    private double failures(String reason) {
        return api.get("/actuator/prometheus")
                .body()
                .lines()
                .filter(line -> line.startsWith("samvaer_authentication_failures_total")
                        && line.contains("reason=\"" + reason + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    @Test
    void recordsWhoDidItAndTheCorrelationIdInTheEventsMetadata() {
        String centre = centreIn("621");
        Api.Response planned = api.as(TestKeys.STAFF_KOLDING)
                .post(
                        "/api/v1/activities",
                        planJson(centre, "2019-06-01T18:00:00+02:00"),
                        "X-Correlation-Id",
                        "corr-4711");

        assertThat(planned.header("X-Correlation-Id")).isEqualTo("corr-4711");
        MetaData metadata = eventStore
                .readEvents(planned.json().path("id").asString())
                .next()
                .getMetaData();
        assertThat(metadata)
                .containsEntry("principal", "staff-kolding")
                .containsEntry("roles", "CENTRE_STAFF")
                .containsEntry("client", "staff-kolding")
                .containsEntry("correlationId", "corr-4711")
                .containsKeys("causationId", "traceId");
    }

    @Test
    void givesEveryResponseACorrelationIdAndReplacesAnUnusableOne() {
        Api.Response response = api.get("/api/v1/municipalities", "X-Correlation-Id", "not ok; <script>");

        assertThat(response.header("X-Correlation-Id")).matches("[0-9a-f-]{36}");
    }

    @Test
    void sendsSecurityHeaders() {
        Api.Response response = api.get("/api/v1/municipalities");

        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(response.header("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(response.header("Cache-Control")).contains("no-store");
    }

    @Test
    void allowsTheConfiguredFrontEndOriginAndNoOther() {
        Api.Response allowed = anonymous()
                .options(
                        "/api/v1/activities",
                        "Origin",
                        "https://staff.example.dk",
                        "Access-Control-Request-Method",
                        "POST",
                        "Access-Control-Request-Headers",
                        "X-API-Key,Content-Type");
        Api.Response refused = anonymous()
                .options(
                        "/api/v1/activities",
                        "Origin",
                        "https://evil.example",
                        "Access-Control-Request-Method",
                        "POST");

        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("https://staff.example.dk");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void refusesABodyLargerThanTheMaximumWithoutStoringAnything() {
        String centre = centreIn("621");
        String huge = "x".repeat(70 * 1024);

        Api.Response response =
                api.post("/api/v1/activities", planJson(centre, "2019-06-01T18:00:00+02:00", "description", huge));

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.problemType()).isEqualTo("payload-too-large");
        assertThat(api.get("/api/v1/activities?size=500").body()).doesNotContain(huge.substring(0, 100));
    }

    @Test
    void answersABodyOfSeveralMegabytesWithA413InsteadOfDroppingTheConnection() {
        String centre = centreIn("621");
        String megabytes = "æ".repeat(3 * 1024 * 1024);

        for (int attempt = 0; attempt < 3; attempt++) {
            Api.Response response =
                    api.post("/api/v1/activities", planJson(centre, "2019-06-01T18:00:00+02:00", "title", megabytes));

            assertThat(response.status()).isEqualTo(413);
            assertThat(response.problemType()).isEqualTo("payload-too-large");
        }
    }

    @Test
    void aCaseSystemMayNotReadActivitiesOrReports() {
        Api.Response activities = api.as(TestKeys.CASE_SYSTEM_KOLDING).get("/api/v1/activities");
        Api.Response centres = api.as(TestKeys.CASE_SYSTEM_KOLDING).get("/api/v1/centres");

        assertThat(List.of(activities.status(), centres.status())).containsOnly(403);
    }
}
