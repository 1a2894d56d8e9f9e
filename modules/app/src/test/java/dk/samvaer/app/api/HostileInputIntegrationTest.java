package dk.samvaer.app.api;

import static dk.samvaer.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samvaer.app.support.Api;
import dk.samvaer.app.support.ApiIntegrationTest;
import dk.samvaer.app.support.TestKeys;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Input sent to slip past the rules: every answer is a problem in the error contract, and nothing is stored. */
class HostileInputIntegrationTest extends ApiIntegrationTest {

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcClient jdbc;

    // --- the CPR guard ------------------------------------------------------------------------------------------

    @Test
    void refusesACprNumberSentAsANumber() {
        Api.Response response = api.post("/api/v1/centres", "{\"municipalityCode\": \"621\", \"name\": 3112991234.0}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.problemType()).isEqualTo("cpr-number-refused");
        assertThat(response.json().path("errors").get(0).path("field").asString())
                .isEqualTo("/name");
    }

    @Test
    void refusesACprNumberSentInExponentNotation() {
        Api.Response response = api.post("/api/v1/centres", "{\"municipalityCode\": \"621\", \"name\": 3.112991234e9}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.problemType()).isEqualTo("cpr-number-refused");
    }

    @Test
    void refusesACprNumberHiddenUnderAKeyGivenAgainLater() {
        Api.Response response = api.post(
                "/api/v1/centres", "{\"name\": \"0101901234\", \"municipalityCode\": \"621\", \"name\": \"X\"}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.problemType()).isEqualTo("cpr-number-refused");
        assertThat(response.body()).doesNotContain("0101901234");
    }

    @Test
    void refusesAKeyGivenTwice() {
        Api.Response response =
                api.post("/api/v1/centres", "{\"municipalityCode\": \"621\", \"name\": \"A\", \"name\": \"B\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.problemType()).isEqualTo("malformed-request");
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    // --- strict JSON --------------------------------------------------------------------------------------------

    @Test
    void refusesAnEnumValueSentAsANumber() {
        String centre = centreIn("621");

        Api.Response response = api.post(
                "/api/v1/activities",
                planJson(centre, "2025-05-01T10:00:00+02:00").replace("\"category\":\"OUTDOOR\"", "\"category\":1"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.problemType()).isEqualTo("malformed-request");
        assertThat(response.json().path("errors").get(0).path("field").asString())
                .isEqualTo("category");
    }

    @Test
    void refusesAnEnumValueThatIsNotExactlyAName() {
        String centre = centreIn("621");
        for (String padded : new String[] {"\" OUTDOOR\"", "\"OUTDOOR\\u0000\"", "\"1\"", "\"outdoor\""}) {
            Api.Response response = api.post(
                    "/api/v1/activities",
                    planJson(centre, "2025-05-01T10:00:00+02:00")
                            .replace("\"category\":\"OUTDOOR\"", "\"category\":" + padded));

            assertThat(response.status()).as(padded).isEqualTo(400);
            assertThat(response.problemType()).isEqualTo("malformed-request");
        }
    }

    @Test
    void refusesANumberAsADate() {
        String centre = centreIn("621");

        Api.Response response = api.post(
                "/api/v1/activities",
                planJson(centre, "2025-05-01T10:00:00+02:00")
                        .replace("\"startsAt\":\"2025-05-01T10:00:00+02:00\"", "\"startsAt\":20260101"));

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.problemType()).isEqualTo("malformed-request");
    }

    @Test
    void refusesANumberAsText() {
        Api.Response response = api.post("/api/v1/centres", "{\"municipalityCode\": 621, \"name\": \"Værestedet\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.problemType()).isEqualTo("malformed-request");
    }

    @Test
    void refusesANumberAsABoolean() {
        String activity = activityAt(centreIn("621"), "2025-05-01T10:00:00+02:00");
        logbook(activity, "2025-05-01", 10, 2, 3);

        Api.Response response = api.post(
                "/api/v1/activities/" + activity + "/evaluations",
                "{\"heardVia\": [\"FRIEND\"], \"wouldJoinAgain\": 1}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.problemType()).isEqualTo("malformed-request");
    }

    @Test
    void refusesACostThatIsNotFiniteOrTooLargeForItsColumn() {
        String centre = centreIn("621");
        for (String cost : new String[] {"1e309", "1e20", "100000.01", "12.345", "-1"}) {
            Api.Response response = api.post(
                    "/api/v1/activities",
                    planJson(centre, "2025-05-01T10:00:00+02:00")
                            .replace("}", ",\"costPerParticipant\":" + cost + "}"));

            assertThat(response.status()).as(cost).isEqualTo(400);
            assertThat(response.problemType()).isEqualTo("validation");
        }
    }

    // --- media types --------------------------------------------------------------------------------------------

    @Test
    void refusesABodyOfAWildcardMediaTypeAsUnsupported() {
        for (String type : new String[] {"*/*", "application/*", "garbage", "application/json; charset=bogus"}) {
            Api.Response response =
                    raw("POST", "/api/v1/centres", type, json("municipalityCode", "621", "name", "Værestedet"));

            assertThat(response.status()).as(type).isEqualTo(415);
            assertThat(response.problemType()).isEqualTo("unsupported-media-type");
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        }
    }

    @Test
    void refusesABodyOfAnotherMediaTypeAsUnsupported() {
        Api.Response response = raw("POST", "/api/v1/centres", "text/plain", "hello");

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.problemType()).isEqualTo("unsupported-media-type");
    }

    // --- paths --------------------------------------------------------------------------------------------------

    @Test
    void refusesAPathThatIsNotInNormalFormBeforeAnythingElse() {
        for (String path : new String[] {
            "/%61pi/v1/centres",
            "/api/v1/./centres",
            "/api/v1/../v1/centres",
            "//api/v1/centres",
            "/api/v1/centres/..;/x",
            "/api/v1/centres;jsessionid=1",
            "/api/v1/%2e%2e/centres",
            "/api/v1%2Fcentres"
        }) {
            Api.Response response = raw("GET", path, null, null);

            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.problemType()).as(path).isEqualTo("malformed-path");
            assertThat(response.header("Content-Type")).as(path).startsWith("application/problem+json");
            assertThat(response.header("X-Correlation-Id")).as(path).isNotNull();
        }
    }

    @Test
    void refusesACprNumberInAnEncodedPathAsAMalformedPath() {
        Api.Response response = raw(
                "POST", "/%61pi/v1/centres", "application/json", json("municipalityCode", "621", "name", "0101901234"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.problemType()).isEqualTo("malformed-path");
    }

    // --- errors of every layer ----------------------------------------------------------------------------------

    @Test
    void answersARequestLineTomcatCannotReadWithAProblem() {
        Api.Response response = socket("GET /api/v1/cen|tres HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.problemType()).isEqualTo("malformed-request");
        assertThat(response.body()).doesNotContain("<html").doesNotContain("Tomcat");
    }

    @Test
    void answersAPathTomcatRefusesItselfWithAProblem() {
        Api.Response response = raw("GET", "/api/v1/centres%00", null, null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.problemType()).isIn("malformed-request", "malformed-path");
    }

    @Test
    void answersAnUnsupportedHttpVersionWithAProblem() {
        Api.Response response = socket("GET /api/v1/centres HTTP/9.9\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(response.status()).isGreaterThanOrEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("<html");
    }

    @Test
    void answersTheErrorPathWithAProblem() {
        Api.Response response = new Api(port).get("/error");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.problemType()).isEqualTo("not-found");
    }

    @Test
    void answersAnUnknownApiPathWithAProblem() {
        Api.Response response = api.outsideTheContract().get("/api/v1/nothing-here");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.problemType()).isEqualTo("not-found");
    }

    @Test
    void theBenchmarksHttpFloorDoesNotExistUnlessTheBenchAsksForIt() {
        Api.Response response = api.outsideTheContract()
                .post("/api/v1/bench/http-floor", json("sourceSystem", "nexus-kolding", "externalId", "F-1"));

        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void refusesACprNumberAsAnIdempotencyKeyAndKeepsNothing() {
        Api.Response response = api.post(
                "/api/v1/centres",
                Api.json("municipalityCode", "621", "name", "Værestedet Nøglen"),
                "Idempotency-Key",
                "0101901234");

        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.problemType()).isEqualTo("cpr-number-refused");
        assertThat(jdbc.sql("SELECT count(*) FROM idempotency_record WHERE record_key = '0101901234'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void refusesAWriteWhoseAcceptRulesOutJsonBeforeItRuns() {
        String name = "Værestedet " + java.util.UUID.randomUUID();

        Api.Response response = api.post(
                "/api/v1/centres", Api.json("municipalityCode", "621", "name", name), "Accept", "application/xml");

        assertThat(response.status()).as(response.toString()).isEqualTo(406);
        assertThat(response.problemType()).isEqualTo("not-acceptable");
        assertThat(api.get("/api/v1/centres?size=500").body()).doesNotContain(name);
    }

    @Test
    void refusesANulCharacterInTextBeforeItReachesTheStore() {
        Api.Response response =
                api.post("/api/v1/centres", "{\"municipalityCode\": \"621\", \"name\": \"2025-05-01\\u0000\"}");

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.problemType()).isEqualTo("malformed-request");
    }

    @Test
    void refusesANullInAListOfMunicipalities() {
        Api.Response response = api.post("/api/v1/project-years", "{\"year\": 2031, \"municipalities\": [null]}");

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    /** A request with exactly this path and content type, as the admin. */
    private Api.Response raw(String method, String path, String contentType, String body) {
        StringBuilder request = new StringBuilder()
                .append(method)
                .append(' ')
                .append(path)
                .append(" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nX-API-Key: ")
                .append(TestKeys.ADMIN)
                .append("\r\n");
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (contentType != null) {
            request.append("Content-Type: ").append(contentType).append("\r\n");
        }
        if (body != null) {
            request.append("Content-Length: ").append(bytes.length).append("\r\n");
        }
        request.append("\r\n");
        return socket(request + (body == null ? "" : body));
    }

    /** Sends the bytes as they are and reads the answer. */
    private Api.Response socket(String request) {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return parse(in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Api.Response parse(byte[] answer) {
        String all = new String(answer, StandardCharsets.ISO_8859_1);
        int end = all.indexOf("\r\n\r\n");
        String[] lines = all.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        boolean chunked = false;
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            String name = lines[i].substring(0, colon).trim();
            String value = lines[i].substring(colon + 1).trim();
            headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            chunked |= name.equalsIgnoreCase("Transfer-Encoding") && value.contains("chunked");
        }
        String body = chunked ? unchunk(all.substring(end + 4)) : all.substring(end + 4);
        return new Api.Response(
                status, headers, new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
    }

    /** The body of a chunked answer, read as ISO-8859-1 so that one character is one byte. */
    private static String unchunk(String body) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = body.indexOf("\r\n", at);
            int size = Integer.parseInt(body.substring(at, lineEnd).trim(), 16);
            if (size == 0) {
                return out.toString();
            }
            out.append(body, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
