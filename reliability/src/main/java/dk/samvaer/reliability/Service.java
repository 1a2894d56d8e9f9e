package dk.samvaer.reliability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The service jar as a separate JVM on a real port on 127.0.0.1, and a bounded HTTP client for it. The process started
 * is the java process itself (no shell in between), so {@link #kill()} is a SIGKILL of the service. Every process ever
 * started is also killed by a shutdown hook, so that no service outlives the suite.
 */
final class Service implements AutoCloseable {

    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Set<Process> STARTED = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> STARTED.forEach(Process::destroyForcibly)));
    }

    private final Path jar;
    private final Path logDir;
    private final List<String> settings;
    private final ExecutorService clientThreads = Executors.newFixedThreadPool(32, runnable -> {
        Thread thread = new Thread(runnable, "reliability-http");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient http = HttpClient.newBuilder()
            .executor(clientThreads)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private Process process;
    private int port;
    private int starts;
    private Path log;

    record Response(int status, String contentType, String body, Map<String, List<String>> headers) {}

    Service(Path jar, Path logDir, List<String> settings) {
        this.jar = jar;
        this.logDir = logDir;
        this.settings = List.copyOf(settings);
    }

    /** Starts the service on a free port and waits (at most 3 minutes) until readiness answers 200; returns seconds. */
    double start() throws Exception {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("already running");
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-jar",
                jar.toString(),
                "--server.port=" + port,
                "--server.address=127.0.0.1"));
        settings.forEach(setting -> command.add("--" + setting));
        Files.createDirectories(logDir);
        log = logDir.resolve("service-" + (++starts) + ".log");
        long began = System.nanoTime();
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        STARTED.add(process);
        long deadline = began + TimeUnit.MINUTES.toNanos(3);
        while (readinessStatus() != 200) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + "; see " + log);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the service did not become ready in 3 minutes; see " + log);
            }
            Thread.sleep(100);
        }
        return (System.nanoTime() - began) / 1e9;
    }

    /** SIGKILL of the service's JVM, then waits for it to be gone. */
    void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
            STARTED.remove(process);
        }
    }

    /** A graceful stop (SIGTERM), as an orchestrator does; SIGKILL after 60 s. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
        if (process != null) {
            STARTED.remove(process);
        }
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    int port() {
        return port;
    }

    Path log() {
        return log;
    }

    int readinessStatus() {
        try {
            return get("/actuator/health/readiness", null).status();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    Response get(String path, String key) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(REQUEST_TIMEOUT)
                .GET();
        if (key != null) {
            request.header("X-API-Key", key);
        }
        return send(request.build());
    }

    Response post(String path, String key, String json, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(REQUEST_TIMEOUT)
                .header("X-API-Key", key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        return send(request.build());
    }

    Response send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Response(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body(),
                response.headers().map());
    }

    HttpClient http() {
        return http;
    }

    @Override
    public void close() throws InterruptedException {
        stop();
        clientThreads.shutdownNow();
    }
}
