package dk.samvaer.app.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser, without a browser: it keeps the session cookie, does not follow redirects (tests assert them),
 * and sends every form with the CSRF token of the last page it read, as a page's form would.
 */
public final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient http;
    private String csrf;

    public Browser(int port) {
        this.port = port;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Signs in on the sign-in page; the answer is its redirect. */
    public Page signIn(String username, String password) {
        get("/login");
        return post("/login", Map.of("username", username, "password", password));
    }

    public Page get(String path, String... headers) {
        HttpRequest.Builder request = request(path).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    /** The cookies a page sets (name=value; attributes), as its {@code Set-Cookie} headers say. */
    public java.util.List<String> cookiesSetBy(String path) {
        try {
            HttpResponse<String> response =
                    http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.headers().allValues("Set-Cookie");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts a form with the CSRF token of the last page read; {@code null} values are left out. */
    public Page post(String path, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        if (csrf != null) {
            form.putIfAbsent("_csrf", csrf);
        }
        return postExactly(path, form);
    }

    /** Posts exactly these fields (no CSRF token unless given). */
    public Page postExactly(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Matcher token = CSRF.matcher(response.body());
            if (token.find()) {
                csrf = token.group(1);
            }
            return new Page(
                    response.statusCode(),
                    response.headers().firstValue("Location").orElse(null),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer: its status, where it redirects to (if it does), its type and its HTML. */
    public record Page(int status, String location, String contentType, String html) {

        @Override
        public String toString() {
            return status + " " + (location == null ? "" : "→ " + location + " ") + html;
        }
    }
}
