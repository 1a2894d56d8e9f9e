package dk.samvaer.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvaer.app.support.Api;
import dk.samvaer.app.support.ApiIntegrationTest;
import dk.samvaer.app.support.TestKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Keys and tokens reach the application in headers; none may ever appear in a log line. */
@ExtendWith(OutputCaptureExtension.class)
class NoSecretsInLogsIntegrationTest extends ApiIntegrationTest {

    static final String WRONG_KEY = "wrong-key-that-must-not-be-logged-7f3a";
    static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtdXN0LW5vdC1iZS1sb2dnZWQifQ.c2lnbmF0dXJl";

    @Test
    void neitherValidNorInvalidKeysNorTokensAppearInTheLog(CapturedOutput output) {
        api.as(TestKeys.STAFF_KOLDING).get("/api/v1/activities");
        api.as(TestKeys.STAFF_KOLDING).post("/api/v1/activities", "{\"centreId\": \"not json");
        api.as(TestKeys.LEADER_KOLDING).get("/api/v1/activities/7b7e3c55-0000-4000-8000-000000000000");
        api.as(WRONG_KEY).get("/api/v1/activities");
        api.as(null).get("/api/v1/activities", "Authorization", "Bearer " + TOKEN);
        api.as(null).get("/actuator/prometheus", "Authorization", "ApiKey " + WRONG_KEY);
        Api.Response anyRequest = api.get("/api/v1/municipalities");

        assertThat(anyRequest.status()).isEqualTo(200);
        assertThat(output.getAll())
                .doesNotContain(TestKeys.STAFF_KOLDING)
                .doesNotContain(TestKeys.LEADER_KOLDING)
                .doesNotContain(TestKeys.ADMIN)
                .doesNotContain(WRONG_KEY)
                .doesNotContain(TOKEN);
    }
}
