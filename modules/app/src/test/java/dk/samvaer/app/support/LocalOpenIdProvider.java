package dk.samvaer.app.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An OpenID Connect provider on a local port, for the web pages' sign-in tests. It has a discovery document, an
 * authorization endpoint, a token endpoint, its keys (JWKS), user info and an end of session:
 *
 * <ul>
 *   <li>{@code /authorize} stands for the provider's own sign-in: the person who signs in is named by the parameter
 *       {@code login} that the test adds to the authorization URL (a real provider would ask). It sends them back to
 *       the client's {@code redirect_uri} with a one-time {@code code} and the client's {@code state}, or with
 *       {@code error=access_denied} for a person it does not know.
 *   <li>{@code /token} checks the client's id and secret (HTTP Basic), the code (once), the redirect URI and the PKCE
 *       verifier, and answers with an access token and an RS256-signed ID token for the client ({@code iss},
 *       {@code sub}, {@code aud}, {@code azp}, the {@code nonce} of the authorization request, {@code iat},
 *       {@code exp}) carrying the person's claims. An {@link #impostor} gets an ID token signed by a key the provider
 *       does not publish.
 *   <li>{@code /userinfo} answers the access token with the person's {@code sub} and {@code name}.
 *   <li>{@code /logout} takes an {@code id_token_hint} it issued and sends the browser on to
 *       {@code post_logout_redirect_uri}.
 * </ul>
 */
public final class LocalOpenIdProvider {

    public static final String CLIENT_ID = "samvaer-web";
    public static final String CLIENT_SECRET = "a-client-secret-for-the-tests";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final RSAKey key = generate();
    private final RSAKey foreignKey = generate();
    private final HttpServer server;
    private final Map<String, Map<String, Object>> people = new ConcurrentHashMap<>();
    private final Set<String> impostors = ConcurrentHashMap.newKeySet();
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, String> accessTokens = new ConcurrentHashMap<>();
    private final Set<String> idTokens = ConcurrentHashMap.newKeySet();

    /** An authorization the person gave: who, for which redirect URI, nonce and PKCE challenge. */
    private record Grant(String login, String redirectUri, String nonce, String codeChallenge) {}

    private LocalOpenIdProvider() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/.well-known/openid-configuration", this::discovery);
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.createContext("/jwks", this::jwks);
        server.createContext("/userinfo", this::userInfo);
        server.createContext("/logout", this::logout);
    }

    public static LocalOpenIdProvider start() {
        LocalOpenIdProvider provider = new LocalOpenIdProvider();
        provider.server.start();
        return provider;
    }

    public void stop() {
        server.stop(0);
    }

    public String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A person who may sign in as {@code login}; {@code claims} go into their ID token (with {@code sub = login}). */
    public void person(String login, Map<String, Object> claims) {
        people.put(login, Map.copyOf(claims));
    }

    /** A person whose ID token the provider signs with a key it does not publish: no client may accept it. */
    public void impostor(String login, Map<String, Object> claims) {
        person(login, claims);
        impostors.add(login);
    }

    private void discovery(HttpExchange exchange) throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", issuer());
        document.put("authorization_endpoint", issuer() + "/authorize");
        document.put("token_endpoint", issuer() + "/token");
        document.put("jwks_uri", issuer() + "/jwks");
        document.put("userinfo_endpoint", issuer() + "/userinfo");
        document.put("end_session_endpoint", issuer() + "/logout");
        document.put("response_types_supported", List.of("code"));
        document.put("subject_types_supported", List.of("public"));
        document.put("id_token_signing_alg_values_supported", List.of("RS256"));
        document.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic"));
        document.put("code_challenge_methods_supported", List.of("S256"));
        document.put("scopes_supported", List.of("openid", "profile"));
        json(exchange, 200, document);
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        String redirectUri = query.get("redirect_uri");
        if (!CLIENT_ID.equals(query.get("client_id"))
                || !"code".equals(query.get("response_type"))
                || redirectUri == null
                || !List.of(query.getOrDefault("scope", "").split(" ")).contains("openid")) {
            json(exchange, 400, Map.of("error", "invalid_request"));
            return;
        }
        String state = query.get("state");
        String login = query.get("login");
        String back;
        if (login == null || !people.containsKey(login)) {
            back = redirectUri + "?error=access_denied&state=" + encode(state);
        } else {
            String code = random();
            codes.put(code, new Grant(login, redirectUri, query.get("nonce"), query.get("code_challenge")));
            back = redirectUri + "?code=" + code + "&state=" + encode(state);
        }
        exchange.getResponseHeaders().add("Location", back);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String expected = "Basic "
                + Base64.getEncoder()
                        .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            json(exchange, 401, Map.of("error", "invalid_client"));
            return;
        }
        Grant grant = body.get("code") == null ? null : codes.remove(body.get("code"));
        if (!"authorization_code".equals(body.get("grant_type"))
                || grant == null
                || !grant.redirectUri().equals(body.get("redirect_uri"))
                || !verifies(body.get("code_verifier"), grant.codeChallenge())) {
            json(exchange, 400, Map.of("error", "invalid_grant"));
            return;
        }
        String accessToken = random();
        accessTokens.put(accessToken, grant.login());
        String idToken = idToken(grant);
        idTokens.add(idToken);
        json(
                exchange,
                200,
                Map.of(
                        "access_token",
                        accessToken,
                        "token_type",
                        "Bearer",
                        "expires_in",
                        300,
                        "scope",
                        "openid profile",
                        "id_token",
                        idToken));
    }

    private void jwks(HttpExchange exchange) throws IOException {
        json(exchange, 200, new JWKSet(key.toPublicJWK()).toJSONObject());
    }

    private void userInfo(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String login = authorization == null || !authorization.startsWith("Bearer ")
                ? null
                : accessTokens.get(authorization.substring("Bearer ".length()));
        if (login == null) {
            json(exchange, 401, Map.of("error", "invalid_token"));
            return;
        }
        json(exchange, 200, Map.of("sub", login, "name", "Person " + login));
    }

    private void logout(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        String back = query.get("post_logout_redirect_uri");
        if (!idTokens.contains(query.getOrDefault("id_token_hint", "")) || back == null) {
            json(exchange, 400, Map.of("error", "invalid_request"));
            return;
        }
        exchange.getResponseHeaders().add("Location", back);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private String idToken(Grant grant) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer())
                .subject(grant.login())
                .audience(CLIENT_ID)
                .claim("azp", CLIENT_ID)
                .issueTime(Date.from(now.minusSeconds(5)))
                .expirationTime(Date.from(now.plusSeconds(300)));
        if (grant.nonce() != null) {
            claims.claim("nonce", grant.nonce());
        }
        people.get(grant.login()).forEach(claims::claim);
        RSAKey signing = impostors.contains(grant.login()) ? foreignKey : key;
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(signing.getKeyID())
                            .build(),
                    claims.build());
            jwt.sign(new RSASSASigner(signing));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** PKCE (S256): the verifier's SHA-256 is the challenge; a grant without a challenge needs no verifier. */
    private static boolean verifies(String verifier, String challenge) {
        if (challenge == null) {
            return true;
        }
        if (verifier == null) {
            return false;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).equals(challenge);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void json(HttpExchange exchange, int status, Map<String, ?> body) throws IOException {
        byte[] bytes = JSONObjectUtils.toJSONString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return fields;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            fields.put(
                    URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return fields;
    }

    private static String encode(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID("key-" + System.nanoTime()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
