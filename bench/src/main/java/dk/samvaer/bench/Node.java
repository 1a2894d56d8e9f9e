package dk.samvaer.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The service jar as a separate process, on its own port, and an HTTP client for it. */
final class Node implements AutoCloseable {

    private static final Pattern STARTED = Pattern.compile("Started SamvaerApplication in ([0-9.]+) seconds");

    private final Process process;
    private final Path log;
    private final String base;
    private final ExecutorService clientThreads = Executors.newFixedThreadPool(64);
    private final HttpClient http = HttpClient.newBuilder()
            .executor(clientThreads)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    final double secondsToReady;

    record Response(int status, String body) {}

    private Node(Process process, Path log, int port, double secondsToReady) {
        this.process = process;
        this.log = log;
        this.base = "http://127.0.0.1:" + port;
        this.secondsToReady = secondsToReady;
    }

    static Node start(Launch launch, Path log, int port, List<String> settings) throws Exception {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g"));
        command.addAll(launch.javaArguments());
        command.add("--server.port=" + port);
        settings.forEach(setting -> command.add("--" + setting));
        Files.createDirectories(log.getParent());
        long began = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        Node probe = new Node(process, log, port, 0);
        long deadline = began + TimeUnit.MINUTES.toNanos(3);
        while (probe.statusOf("/actuator/health/readiness") != 200) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("the service did not become ready; see " + log);
            }
            Thread.sleep(20);
        }
        probe.clientThreads.shutdown();
        return new Node(process, log, port, (System.nanoTime() - began) / 1e9);
    }

    /** Spring's own "Started ... in X seconds", the start-up inside the JVM. */
    double springStartSeconds() throws IOException {
        Matcher matcher = STARTED.matcher(Files.readString(log));
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : Double.NaN;
    }

    private int statusOf(String path) {
        try {
            return http.send(
                            HttpRequest.newBuilder(URI.create(base + path)).build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    Response get(String path, String key) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("X-API-Key", key)
                .GET());
    }

    Response post(String path, String key, String json) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("X-API-Key", key)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(60))
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Returns the response, or fails unless its status is the expected one. */
    Response expect(int status, Response response) {
        if (response.status() != status) {
            throw new IllegalStateException("expected " + status + " but got " + response.status() + ": "
                    + response.body().substring(0, Math.min(400, response.body().length())));
        }
        return response;
    }

    /**
     * Sends the request; once more if the connection failed before any answer came (the JDK client can reuse a
     * keep-alive connection the server is closing: "header parser received no bytes" ended a 1M-event run). Every
     * request the bench sends may be repeated: postings are idempotent by their external id, and a repeated activity
     * of the fill only adds one.
     */
    private Response send(HttpRequest.Builder request) throws Exception {
        HttpRequest built = request.build();
        HttpResponse<String> response;
        try {
            response = http.send(built, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException transport) {
            System.out.println("(a request failed in transport and was sent again: " + transport.getMessage() + ")");
            response = http.send(built, HttpResponse.BodyHandlers.ofString());
        }
        return new Response(response.statusCode(), response.body());
    }

    /** Stops the process the way an orchestrator does (SIGTERM, graceful shutdown) and waits for it. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        clientThreads.shutdownNow();
    }
}
