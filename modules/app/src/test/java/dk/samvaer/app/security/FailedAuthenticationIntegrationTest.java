package dk.samvaer.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvaer.app.SamvaerApplication;
import dk.samvaer.app.support.Api;
import dk.samvaer.app.support.TestDatabase;
import dk.samvaer.app.support.TestKeys;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Failed authentication attempts are limited per client address (here three an hour, so that the test does not wait
 * for a refill): the fourth attempt is answered 429 with {@code Retry-After}, whatever it presents, while requests
 * without credentials still pass.
 */
@SpringBootTest(
        classes = SamvaerApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "samvaer.security.api-keys-file=" + TestKeys.FILE,
            "samvaer.security.failed-authentication.attempts=3",
            "samvaer.security.failed-authentication.period=PT1H"
        })
@DirtiesContext // its own context: closed after the class, so no scheduler or processor outlives the suite
class FailedAuthenticationIntegrationTest {

    static {
        TestKeys.file();
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "throttle");
    }

    @LocalServerPort
    int port;

    @Test
    void anAddressThatFailedTooOftenIsRefusedWithRetryAfterUntilAFailureIsRefilled() {
        Api guesser = new Api(port, "not-a-key");
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(guesser.get("/api/v1/centres").status()).isEqualTo(401);
        }

        Api.Response refused = guesser.get("/api/v1/centres");
        Api.Response evenWithAValidKey = new Api(port, TestKeys.ADMIN).get("/api/v1/centres");
        Api.Response withoutCredentials = new Api(port).get("/actuator/health/liveness");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.problemType()).isEqualTo("too-many-failed-authentications");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 1200L);
        assertThat(evenWithAValidKey.status()).isEqualTo(429);
        assertThat(withoutCredentials.status()).isEqualTo(200);
    }
}
