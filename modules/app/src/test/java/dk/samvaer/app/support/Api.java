package dk.samvaer.app.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the API under test: real requests over a real port, JSON in and out. */
public final class Api {

    /** Decimals as BigDecimal, as the service writes them (an amount's trailing zero kept). */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String apiKey;
    private final boolean checked;

    /** A client that sends no credentials. */
    public Api(int port) {
        this(port, null);
    }

    /** A client that sends the given API key on every request. */
    public Api(int port, String apiKey) {
        this(port, apiKey, true);
    }

    private Api(int port, String apiKey, boolean checked) {
        this.base = "http://localhost:" + port;
        this.apiKey = apiKey;
        this.checked = checked;
    }

    /** The same server, as another caller. */
    public Api as(String otherKey) {
        return new Api(port(), otherKey, checked);
    }

    /**
     * The same caller, for requests that no operation of the contract describes on purpose (hostile input, an unknown
     * path or method): neither they nor their answers are checked against the contract.
     */
    public Api outsideTheContract() {
        return new Api(port(), apiKey, false);
    }

    private int port() {
        return Integer.parseInt(base.substring(base.lastIndexOf(':') + 1));
    }

    public Response get(String path, String... headers) {
        return send(request(path, headers).GET(), null);
    }

    /** A POST without a body, for an operation that takes none. */
    public Response post(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()), null);
    }

    public Response post(String path, String json, String... headers) {
        return send(
                request(path, headers)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)),
                json);
    }

    public Response put(String path, String json, String... headers) {
        return send(
                request(path, headers)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json)),
                json);
    }

    public Response options(String path, String... headers) {
        return send(request(path, headers).method("OPTIONS", HttpRequest.BodyPublishers.noBody()), null);
    }

    public Response delete(String path, String... headers) {
        return send(request(path, headers).DELETE(), null);
    }

    /**
     * A GET whose answer is binary (a PDF, a workbook). The contract check sees its status, media type and headers, and
     * in place of the bytes a text that stands for them (a binary body is a string of any content).
     */
    public Download download(String path, String... headers) {
        try {
            HttpRequest request = request(path, headers).GET().build();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (checked) {
                ContractCheck.check(
                        "GET",
                        request.uri(),
                        request.headers().map(),
                        null,
                        response.statusCode(),
                        response.headers().map(),
                        response.statusCode() >= 400
                                ? new String(response.body(), StandardCharsets.UTF_8)
                                : "(" + response.body().length + " bytes)");
            }
            return new Download(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        if (apiKey != null) {
            builder.header("X-API-Key", apiKey);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private Response send(HttpRequest.Builder builder, String body) {
        try {
            HttpRequest request = builder.build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (checked && !request.method().equals("OPTIONS")) {
                ContractCheck.check(
                        request.method(),
                        request.uri(),
                        request.headers().map(),
                        body,
                        response.statusCode(),
                        response.headers().map(),
                        response.body());
            }
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String first(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().get(0))
                .findFirst()
                .orElse(null);
    }

    /** The mapper the tests read answers with: decimals exact, an amount's trailing zero kept. */
    public static JsonMapper mapper() {
        return JSON;
    }

    /** Renders a JSON body from alternating keys and values, e.g. {@code json("title", "Bål", "participants", 18)}. */
    public static String json(Object... keysAndValues) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return JSON.writeValueAsString(body);
    }

    /** A request to send later, as whichever caller. */
    public record Request(String method, String path, String body) {

        public static Request get(String path) {
            return new Request("GET", path, null);
        }

        public static Request post(String path, String body) {
            return new Request("POST", path, body);
        }

        public static Request put(String path, String body) {
            return new Request("PUT", path, body);
        }

        public static Request delete(String path) {
            return new Request("DELETE", path, null);
        }

        public Response send(Api api) {
            return switch (method) {
                case "GET" -> api.get(path);
                case "POST" -> body == null ? api.post(path) : api.post(path, body);
                case "PUT" -> api.put(path, body);
                case "DELETE" -> api.delete(path);
                default -> throw new IllegalArgumentException(method);
            };
        }
    }

    /** A binary HTTP answer. */
    public record Download(int status, Map<String, List<String>> headers, byte[] body) {

        public String header(String name) {
            return first(headers, name);
        }
    }

    /** An HTTP answer. */
    public record Response(int status, Map<String, List<String>> headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return first(headers, name);
        }

        /** The last path segment of a problem's {@code type}, e.g. {@code validation}. */
        public String problemType() {
            String type = json().path("type").asString();
            return type.substring("https://samvaer.dk/problems/".length());
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
