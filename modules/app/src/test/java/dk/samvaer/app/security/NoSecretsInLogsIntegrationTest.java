package dk.samvaer.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvaer.app.support.Api;
import dk.samvaer.app.support.ApiIntegrationTest;
import dk.samvaer.app.support.TestKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Keys, tokens, citizen references and CPR-shaped values reach the application; none may appear in a log line. */
@ExtendWith(OutputCaptureExtension.class)
class NoSecretsInLogsIntegrationTest extends ApiIntegrationTest {

    static final String WRONG_KEY = "wrong-key-that-must-not-be-logged-7f3a";
    static final String CITIZEN_REF = "nexus-borger-must-not-be-logged-5512";
    static final String CPR = "1203554321";
    static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtdXN0LW5vdC1iZS1sb2dnZWQifQ.c2lnbmF0dXJl";

    @Test
    void neitherValidNorInvalidKeysNorTokensAppearInTheLog(CapturedOutput output) {
        api.as(TestKeys.STAFF_KOLDING).get("/api/v1/activities");
        api.as(TestKeys.STAFF_KOLDING).post("/api/v1/activities", "{\"centreId\": \"not json");
        api.as(TestKeys.LEADER_KOLDING).get("/api/v1/activities/7b7e3c55-0000-4000-8000-000000000000");
        api.as(WRONG_KEY).get("/api/v1/activities");
        api.as(null).get("/api/v1/activities", "Authorization", "Bearer " + TOKEN);
        api.as(null).get("/actuator/prometheus", "Authorization", "ApiKey " + WRONG_KEY);
        String centre = centreIn("621");
        Api nexus = api.as(TestKeys.CASE_SYSTEM_KOLDING);
        nexus.post(
                "/api/v1/escorts",
                Api.json(
                        "sourceSystem",
                        "nexus-kolding",
                        "externalId",
                        "LOG-1",
                        "municipalityCode",
                        "621",
                        "service",
                        "SECTION_99",
                        "citizenRef",
                        CITIZEN_REF,
                        "centreId",
                        centre,
                        "escortedOn",
                        "2023-05-01"));
        nexus.post(
                "/api/v1/escorts",
                Api.json(
                        "sourceSystem",
                        "nexus-kolding",
                        "externalId",
                        "LOG-2",
                        "citizenRef",
                        CITIZEN_REF,
                        "centreId",
                        "not-a-uuid"));
        nexus.post("/api/v1/escorts", Api.json("externalId", "LOG-3", "citizenRef", CPR));
        Api.Response anyRequest = api.get("/api/v1/municipalities");

        assertThat(anyRequest.status()).isEqualTo(200);
        assertThat(output.getAll())
                .doesNotContain(TestKeys.STAFF_KOLDING)
                .doesNotContain(TestKeys.LEADER_KOLDING)
                .doesNotContain(TestKeys.ADMIN)
                .doesNotContain(WRONG_KEY)
                .doesNotContain(TOKEN)
                .doesNotContain(CITIZEN_REF)
                .doesNotContain(CPR);
    }
}
