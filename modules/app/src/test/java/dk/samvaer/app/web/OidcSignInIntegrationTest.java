package dk.samvaer.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvaer.app.SamvaerApplication;
import dk.samvaer.app.support.Api;
import dk.samvaer.app.support.Browser;
import dk.samvaer.app.support.LocalOpenIdProvider;
import dk.samvaer.app.support.TestDatabase;
import dk.samvaer.app.support.TestKeys;
import dk.samvaer.app.support.TestPeople;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * People sign in to the web pages with an OpenID Connect provider (issue 16, item 1): the whole authorization code flow
 * over HTTP, from the button on the sign-in page to the provider (a real one on a local port) and back, with a browser
 * that keeps its cookies and follows each redirect by hand. Roles and municipalities come from the claims named by
 * {@code samvaer.security.jwt.*}, here {@code groups} and {@code kommuner}, as for the API's bearer tokens.
 */
@SpringBootTest(
        classes = SamvaerApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "samvaer.security.api-keys-file=" + TestKeys.FILE,
            "samvaer.web.users-file=" + TestPeople.FILE,
            "samvaer.security.jwt.roles-claim=groups",
            "samvaer.security.jwt.municipalities-claim=kommuner",
            "samvaer.web.oidc.client-id=" + LocalOpenIdProvider.CLIENT_ID,
            "samvaer.web.oidc.client-secret=" + LocalOpenIdProvider.CLIENT_SECRET,
            "samvaer.web.oidc.name=Kolding Kommune"
        })
class OidcSignInIntegrationTest {

    static final LocalOpenIdProvider PROVIDER = LocalOpenIdProvider.start();

    static {
        PROVIDER.person("sofie", Map.of("groups", List.of("CENTRE_STAFF"), "kommuner", List.of("621")));
        PROVIDER.person("lars", Map.of("groups", "ROLE_MUNICIPAL_LEADER", "kommuner", "479 9999"));
        PROVIDER.person("eve", Map.of("groups", List.of("SUPERUSER"), "kommuner", List.of("*")));
        PROVIDER.impostor("mallory", Map.of("groups", List.of("PROGRAMME_ADMIN"), "kommuner", List.of("*")));
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "oidc");
        registry.add("samvaer.web.oidc.issuer-uri", PROVIDER::issuer);
    }

    @AfterAll
    static void stop() {
        PROVIDER.stop();
    }

    private static final String KOLDING_ACTIVITY = "Fisketur i Kolding " + UUID.randomUUID();
    private static final String SVENDBORG_ACTIVITY = "Bowling i Svendborg " + UUID.randomUUID();
    /** Whether the two activities are planned (once for the class: every test has a new instance). */
    private static boolean planned;

    @LocalServerPort
    int port;

    /** The person's browser, outside the app: it goes to the provider and back as the redirects say. */
    private final HttpClient outside =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theSignInPageOffersTheProvidersButtonBesideTheForm() {
        String page = new Browser(port).get("/login").html();

        assertThat(page)
                .contains("Log ind med Kolding Kommune", "href=\"/oauth2/authorization/oidc\"")
                .contains("Brugernavn", "Adgangskode");
    }

    @Test
    void aCentreStaffMemberFromTheProviderSeesTheActivitiesOfTheirMunicipality() {
        planActivities();
        Browser sofie = signInAtProvider("sofie");

        Browser.Page list = sofie.get("/aktiviteter");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.html()).contains(KOLDING_ACTIVITY).doesNotContain(SVENDBORG_ACTIVITY);
    }

    @Test
    void aLeaderFromTheProviderSeesTheActivitiesOfTheirMunicipalityAndAnUnknownCodeGivesNothingMore() {
        planActivities();
        Browser lars = signInAtProvider("lars");

        Browser.Page list = lars.get("/aktiviteter");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.html()).contains(SVENDBORG_ACTIVITY).doesNotContain(KOLDING_ACTIVITY);
    }

    @Test
    void aPersonWhoseClaimsCarryNoKnownRoleGetsTheDanishAccessDeniedPage() {
        Browser eve = signInAtProvider("eve");

        Browser.Page page = eve.get("/aktiviteter");

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.html()).contains("Du har ikke adgang");
    }

    @Test
    void theApiDoesNotAcceptTheSessionOfAPersonFromTheProvider() {
        Browser sofie = signInAtProvider("sofie");

        Browser.Page answer = sofie.get("/api/v1/activities");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aPersonTheProviderDoesNotSignInComesBackToTheSignInPageWithADanishMessage() {
        Browser browser = new Browser(port);

        Browser.Page back = browser.get(atProvider(browser.get("/oauth2/authorization/oidc"), "nobody"));

        assertThat(back.location()).endsWith("/login?udbyder-fejl");
        assertThat(browser.get("/login?udbyder-fejl").html()).contains("Det lykkedes ikke at logge ind hos udbyderen");
        assertThat(browser.get("/aktiviteter").location()).endsWith("/login");
    }

    @Test
    void anIdTokenSignedByAKeyTheProviderDoesNotPublishIsRefused() {
        Browser browser = new Browser(port);

        Browser.Page back = browser.get(atProvider(browser.get("/oauth2/authorization/oidc"), "mallory"));

        assertThat(back.location()).endsWith("/login?udbyder-fejl");
        assertThat(browser.get("/aktiviteter").location()).endsWith("/login");
    }

    @Test
    void signingOutEndsTheSessionAndSignsOutAtTheProviderToo() {
        Browser sofie = signInAtProvider("sofie");
        sofie.get("/aktiviteter");

        Browser.Page signedOut = sofie.post("/logout", Map.of());

        assertThat(signedOut.location()).startsWith(PROVIDER.issuer() + "/logout?id_token_hint=");
        assertThat(URLDecoder.decode(signedOut.location(), StandardCharsets.UTF_8))
                .contains("post_logout_redirect_uri=http://localhost:" + port + "/login?logget-ud");
        assertThat(outside(signedOut.location()).headers().firstValue("Location"))
                .hasValue("http://localhost:" + port + "/login?logget-ud");
        assertThat(sofie.get("/aktiviteter").location()).endsWith("/login");
    }

    /**
     * Signs in with the provider as {@code login}: the button's link, the provider's authorization endpoint, and back
     * to the app, which sends the person to the start page.
     */
    private Browser signInAtProvider(String login) {
        Browser browser = new Browser(port);
        Browser.Page toProvider = browser.get("/oauth2/authorization/oidc");
        assertThat(toProvider.location())
                .startsWith(PROVIDER.issuer() + "/authorize?")
                .contains("nonce=", "code_challenge=", "code_challenge_method=S256");

        Browser.Page back = browser.get(atProvider(toProvider, login));

        assertThat(back.status()).as(back.toString()).isEqualTo(302);
        assertThat(back.location()).isEqualTo("http://localhost:" + port + "/");
        return browser;
    }

    /** The person signs in at the provider as {@code login}; the path in the app the provider sends them back to. */
    private String atProvider(Browser.Page toProvider, String login) {
        HttpResponse<String> answer = outside(toProvider.location() + "&login=" + login);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        URI back = URI.create(answer.headers().firstValue("Location").orElseThrow());
        assertThat(back.getAuthority()).isEqualTo("localhost:" + port);
        assertThat(back.getPath()).isEqualTo("/login/oauth2/code/oidc");
        return back.getRawPath() + "?" + back.getRawQuery();
    }

    private HttpResponse<String> outside(String url) {
        try {
            return outside.send(
                    HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An activity planned at a centre in Kolding (621) and one in Svendborg (479), once. */
    private void planActivities() {
        if (planned) {
            return;
        }
        Api admin = new Api(port, TestKeys.ADMIN);
        plan(admin, centre(admin, "621"), KOLDING_ACTIVITY);
        plan(admin, centre(admin, "479"), SVENDBORG_ACTIVITY);
        planned = true;
    }

    private static String centre(Api admin, String municipality) {
        Api.Response created = admin.post(
                "/api/v1/centres",
                Api.json("municipalityCode", municipality, "name", "Værestedet " + UUID.randomUUID()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    private static void plan(Api admin, String centre, String title) {
        Api.Response created = admin.post(
                "/api/v1/activities",
                Api.json(
                        "centreId",
                        centre,
                        "title",
                        title,
                        "category",
                        "OUTDOOR",
                        "setting",
                        "OFF_SITE",
                        "startsAt",
                        "2030-05-01T10:00:00+02:00"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }
}
