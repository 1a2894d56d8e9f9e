package dk.samvaer.app.security;

import static dk.samvaer.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import dk.samvaer.app.SamvaerApplication;
import dk.samvaer.app.support.Api;
import dk.samvaer.app.support.TestKeys;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Bearer tokens from an identity provider, here a local JWKS endpoint. Claim names are configured
 * ({@code groups}, {@code kommuner}) to show they are not hard-wired.
 */
@SpringBootTest(
        classes = SamvaerApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "samvaer.security.api-keys-file=" + TestKeys.FILE,
            "samvaer.security.jwt.roles-claim=groups",
            "samvaer.security.jwt.municipalities-claim=kommuner"
        })
class JwtIntegrationTest {

    static final RSAKey SIGNING_KEY = generate();
    static final RSAKey FOREIGN_KEY = generate();
    static final HttpServer JWKS = serve(new JWKSet(SIGNING_KEY.toPublicJWK()).toString());

    static {
        TestKeys.file();
    }

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        dk.samvaer.app.support.TestDatabase.register(registry, "jwt");
        registry.add(
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                () -> "http://127.0.0.1:" + JWKS.getAddress().getPort() + "/jwks");
    }

    @AfterAll
    static void stop() {
        JWKS.stop(0);
    }

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    private Api.Response get(String path, String token) {
        return new Api(port).get(path, "Authorization", "Bearer " + token);
    }

    @Test
    void acceptsATokenAndTakesRolesAndMunicipalitiesFromTheConfiguredClaims() {
        String admin = token(SIGNING_KEY, "ada", List.of("PROGRAMME_ADMIN"), List.of("*"), 300);
        String centre = new Api(port)
                .post(
                        "/api/v1/centres",
                        json("municipalityCode", "621", "name", "Værestedet"),
                        "Authorization",
                        "Bearer " + admin)
                .json()
                .path("id")
                .asString();
        String staffOfSvendborg = token(SIGNING_KEY, "sofie", List.of("CENTRE_STAFF"), List.of("479"), 300);

        assertThat(get("/api/v1/centres/" + centre, admin).status()).isEqualTo(200);
        assertThat(get("/api/v1/centres/" + centre, staffOfSvendborg).status()).isEqualTo(404);
        assertThat(get("/api/v1/activities", staffOfSvendborg).status()).isEqualTo(200);
        assertThat(get("/actuator/prometheus", staffOfSvendborg).status()).isEqualTo(403);
    }

    @Test
    void recordsTheTokenSubjectAndClientInTheEventsMetadata() {
        String admin = token(SIGNING_KEY, "ada", List.of("PROGRAMME_ADMIN"), List.of("*"), 300);

        String centre = new Api(port)
                .post(
                        "/api/v1/centres",
                        json("municipalityCode", "217", "name", "Værestedet"),
                        "Authorization",
                        "Bearer " + admin)
                .json()
                .path("id")
                .asString();

        assertThat(eventStore.readEvents(centre).next().getMetaData())
                .containsEntry("principal", "ada")
                .containsEntry("client", "staff-portal")
                .containsEntry("roles", "PROGRAMME_ADMIN");
    }

    @Test
    void refusesATokenSignedByAnotherKey() {
        Api.Response response =
                get("/api/v1/activities", token(FOREIGN_KEY, "mallory", List.of("PROGRAMME_ADMIN"), List.of("*"), 300));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().path("detail").asString()).isEqualTo("The bearer token is not valid.");
    }

    @Test
    void refusesAnExpiredToken() {
        Api.Response response =
                get("/api/v1/activities", token(SIGNING_KEY, "ada", List.of("PROGRAMME_ADMIN"), List.of("*"), -600));

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void aTokenWithoutKnownRolesMayDoNothing() {
        Api.Response response =
                get("/api/v1/activities", token(SIGNING_KEY, "eve", List.of("SUPERUSER"), List.of("*"), 300));

        assertThat(response.status()).isEqualTo(403);
    }

    static String token(
            RSAKey key, String subject, List<String> groups, List<String> municipalities, long validSeconds) {
        try {
            JWTClaimsSet claims = new JWTClaimsSet.Builder()
                    .subject(subject)
                    .claim("azp", "staff-portal")
                    .claim("groups", groups)
                    .claim("kommuner", municipalities)
                    .issueTime(Date.from(Instant.now().minusSeconds(60)))
                    .expirationTime(Date.from(Instant.now().plusSeconds(validSeconds)))
                    .build();
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID("key-" + System.nanoTime()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpServer serve(String jwks) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/jwks", exchange -> {
                byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
