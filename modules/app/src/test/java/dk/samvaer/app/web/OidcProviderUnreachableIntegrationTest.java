package dk.samvaer.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvaer.app.SamvaerApplication;
import dk.samvaer.app.support.Browser;
import dk.samvaer.app.support.TestDatabase;
import dk.samvaer.app.support.TestKeys;
import dk.samvaer.app.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An OpenID Connect provider that cannot be reached (nothing listens at its address) does not stop the start, and
 * does not stop the local users: its button leads back to the sign-in page with a Danish message.
 */
@SpringBootTest(
        classes = SamvaerApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "samvaer.security.api-keys-file=" + TestKeys.FILE,
            "samvaer.web.users-file=" + TestPeople.FILE,
            "samvaer.web.oidc.issuer-uri=http://127.0.0.1:1/ingen",
            "samvaer.web.oidc.client-id=samvaer-web"
        })
class OidcProviderUnreachableIntegrationTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "oidc-unreachable");
    }

    @LocalServerPort
    int port;

    @Test
    void aProviderWithoutANameIsOfferedAsTheWorkAccount() {
        assertThat(new Browser(port).get("/login").html()).contains("Log ind med din arbejdskonto");
    }

    @Test
    void theProvidersButtonLeadsBackToTheSignInPageWithADanishMessage() {
        Browser browser = new Browser(port);

        Browser.Page answer = browser.get("/oauth2/authorization/oidc");

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.location()).endsWith("/login?udbyder-fejl");
        assertThat(browser.get(answer.location().substring(answer.location().indexOf("/login")))
                        .html())
                .contains("Det lykkedes ikke at logge ind hos udbyderen");
    }

    @Test
    void localUsersStillSignIn() {
        Browser browser = new Browser(port);

        assertThat(browser.signIn(TestPeople.STAFF_KOLDING, TestPeople.PASSWORD).location())
                .endsWith("/");
        assertThat(browser.get("/aktiviteter").status()).isEqualTo(200);
    }
}
