package dk.samvaer.bench;

import dk.samvaer.bench.Bench.Results;
import dk.samvaer.bench.Bench.Row;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every benchmark on one database (H2 embedded or PostgreSQL), against a fresh store. */
final class DatabaseRun {

    private static final int[] CLIENTS = {1, 8, 32};
    private static final int BATCH = 500;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String db;
    private final Launch launch;
    private final Launch fatJar;
    private final int events;
    private final int single;
    private final int batched;
    private final Results results;
    private final Path dir;
    private final String admin = "bench-admin-" + UUID.randomUUID();
    private final String caseSystem = "bench-case-system-" + UUID.randomUUID();
    private final String auditor = "bench-auditor-" + UUID.randomUUID();
    private String centre;
    private int nextExternalId;

    DatabaseRun(
            String db,
            Launch launch,
            Launch fatJar,
            int events,
            int single,
            int batched,
            Duration baselineWindow,
            Results results) {
        this.baselineWindow = baselineWindow;
        this.db = db;
        this.launch = launch;
        this.fatJar = fatJar;
        this.events = events;
        this.single = single;
        this.batched = batched;
        this.results = results;
        this.dir = Path.of("bench/target/run", db);
    }

    void run() throws Exception {
        deleteRecursively(dir);
        Files.createDirectories(dir);
        writeKeys();
        String url;
        List<String> settings = new ArrayList<>(List.of(
                "samvaer.data-dir=" + dir.toAbsolutePath(),
                "samvaer.security.api-keys-file=" + dir.resolve("api-keys.yml").toAbsolutePath(),
                "samvaer.audit.rebuild.timeout=PT2H",
                "samvaer.audit.ledger.interval=PT1H",
                "samvaer.bench.http-floor=true",
                "logging.level.root=WARN",
                "logging.level.dk.samvaer.app.SamvaerApplication=INFO"));
        RawJdbc raw;
        if (db.equals("postgres")) {
            url = Bench.createPostgresDatabase();
            results.database(db, Bench.postgresVersion());
            settings.addAll(List.of(
                    "spring.profiles.active=postgres",
                    "spring.datasource.url=" + url,
                    "spring.datasource.username=" + Bench.PG_USER,
                    "spring.datasource.password=" + Bench.PG_PASSWORD,
                    "samvaer.outreach.pseudonym-secret=bench-pseudonym-secret-of-at-least-32-chars"));
            raw = new RawJdbc(url, Bench.PG_USER, Bench.PG_PASSWORD);
        } else {
            url = "jdbc:h2:file:" + dir.toAbsolutePath() + "/samvaer;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
            results.database(db, "H2 " + org.h2.engine.Constants.VERSION + " embedded file");
            // The service holds the H2 file; the raw inserts use their own file with the same settings.
            raw = new RawJdbc(
                    "jdbc:h2:file:" + dir.toAbsolutePath()
                            + "/raw;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0",
                    "sa",
                    "");
        }
        // the service's own store, read directly once the service has stopped (for H2, the raw inserts have their own)
        RawJdbc store = db.equals("postgres") ? raw : new RawJdbc(url, "sa", "");
        try {
            double rebuilt;
            Node node = start(settings);
            try {
                startUp(node, "empty store, " + launch.name(), "≤ 6 s");
                results.add(Row.of(db, "start-up", "Spring context start (log)", node.springStartSeconds(), "s", ""));
                setUp(node);
                ingestion(node, raw);
                fill(node);
                reports(node);
                asOf(node);
                rebuilt = rebuild(node);
            } finally {
                node.close();
            }
            Node again = start(settings);
            try {
                startUp(again, "loaded store, " + launch.name(), "≤ 6 s");
                results.add(Row.of(db, "memory", "heap used after loading, after start", heapMb(again), "MiB", ""));
            } finally {
                again.close();
            }
            Node plain = start(fatJar, settings);
            try {
                startUp(plain, "loaded store, " + fatJar.name() + " as in the README", "");
            } finally {
                plain.close();
            }
            double readRate = rawRead(store);
            results.add(Row.against(
                    db,
                    "rebuild every projection",
                    "events/s against reading every event",
                    rebuilt,
                    "ev/s",
                    "raw read and decode, plain JDBC",
                    readRate,
                    "≥ 0.40"));
            axonDefaultsRebuild(settings, store, rebuilt);
        } finally {
            if (db.equals("postgres")) {
                Bench.dropPostgresDatabase(url);
            }
        }
    }

    private void startUp(Node node, String how, String target) {
        results.add(Row.of(db, "start-up", "process start to ready (" + how + ")", node.secondsToReady, "s", target));
    }

    private Node start(List<String> settings) throws Exception {
        return start(launch, settings);
    }

    private Node start(Launch how, List<String> settings) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        return Node.start(how, dir.resolve("service-" + System.nanoTime() + ".log"), port, settings);
    }

    private void setUp(Node node) throws Exception {
        node.expect(
                201,
                node.post(
                        "/api/v1/project-years",
                        admin,
                        "{\"year\":2023,\"municipalities\":[{\"municipalityCode\":\"621\",\"arm\":\"TEST\"},"
                                + "{\"municipalityCode\":\"479\",\"arm\":\"CONTROL\"}]}"));
        centre = JSON.readTree(node.expect(
                                201,
                                node.post(
                                        "/api/v1/centres",
                                        admin,
                                        "{\"municipalityCode\":\"621\",\"name\":\"Værestedet Bænken\"}"))
                        .body())
                .path("id")
                .asString();
    }

    /** An endpoint that exists only in the bench: the escort's body through the whole chain, and no work. */
    static final String HTTP_FLOOR = "/api/v1/bench/http-floor";

    private void ingestion(Node node, RawJdbc raw) throws Exception {
        node.expect(201, node.post("/api/v1/escorts", caseSystem, escort()));
        JsonNode stored = JSON.readTree(
                        node.expect(200, node.get("/api/v1/audit/events?type=EscortProvided&limit=1", auditor))
                                .body())
                .path("events")
                .get(0);
        byte[] payload = JSON.writeValueAsBytes(stored.path("payload"));
        byte[] metadata = JSON.writeValueAsBytes(stored.path("metadata"));
        raw.createTable();
        warmUp(node, raw, payload, metadata);
        for (int clients : CLIENTS) {
            Load.Outcome ours = Load.run(clients, single, i -> {
                node.expect(201, node.post("/api/v1/escorts", caseSystem, escort()));
                return 1;
            });
            Load.Outcome rawOutcome = rawInserts(raw, clients, single, 1, payload, metadata);
            results.add(Row.against(
                    db,
                    "ingestion single, " + clients + " clients",
                    "events/s",
                    ours.itemsPerSecond(),
                    "ev/s",
                    "raw JDBC insert, 1 row per transaction",
                    rawOutcome.itemsPerSecond(),
                    ""));
            latencies("ingestion single, " + clients + " clients", ours, rawOutcome);
            // the same body through the same filters and security chain to an endpoint that does no work
            Load.Outcome floor = Load.run(clients, single, i -> {
                node.expect(201, node.post(HTTP_FLOOR, caseSystem, escort()));
                return 1;
            });
            results.add(Row.against(
                    db,
                    "ingestion single, " + clients + " clients",
                    "events/s against the HTTP floor",
                    ours.itemsPerSecond(),
                    "ev/s",
                    "HTTP floor: same body, same chain, no work",
                    floor.itemsPerSecond(),
                    "ours/floor ≥ 0.60 at 32 clients"));
        }
        for (int clients : CLIENTS) {
            Load.Outcome ours = Load.run(clients, batched / BATCH, i -> {
                JsonNode answer = JSON.readTree(node.expect(200, node.post("/api/v1/ingest/batch", caseSystem, batch()))
                        .body());
                return answer.path("created").asInt();
            });
            Load.Outcome rawOutcome = rawInserts(raw, clients, batched / BATCH, BATCH, payload, metadata);
            results.add(Row.against(
                    db,
                    "ingestion batch of " + BATCH + ", " + clients + " clients",
                    "events/s",
                    ours.itemsPerSecond(),
                    "ev/s",
                    "raw JDBC batch insert, " + BATCH + " rows per transaction",
                    rawOutcome.itemsPerSecond(),
                    "≥ 0.50 of raw at the best concurrency"));
            latencies("ingestion batch of " + BATCH + ", " + clients + " clients", ours, rawOutcome);
        }
    }

    /** The JIT compiles the hot paths of both sides before anything is measured. */
    private void warmUp(Node node, RawJdbc raw, byte[] payload, byte[] metadata) throws Exception {
        // long enough for the JIT to settle: single-item latency still halves between the 500th and 3,000th post
        Load.run(8, 3000, i -> {
            node.expect(201, node.post("/api/v1/escorts", caseSystem, escort()));
            return 1;
        });
        Load.run(2, 20, i -> {
            node.expect(200, node.post("/api/v1/ingest/batch", caseSystem, batch()));
            return BATCH;
        });
        Load.run(8, 3000, i -> {
            node.expect(201, node.post(HTTP_FLOOR, caseSystem, escort()));
            return 1;
        });
        rawInserts(raw, 8, 500, 1, payload, metadata);
        rawInserts(raw, 2, 6, BATCH, payload, metadata);
    }

    private void latencies(String benchmark, Load.Outcome ours, Load.Outcome raw) {
        results.add(Row.against(db, benchmark, "p50 latency", ours.p50Millis(), "ms", "raw", raw.p50Millis(), ""));
        results.add(Row.against(db, benchmark, "p99 latency", ours.p99Millis(), "ms", "raw", raw.p99Millis(), ""));
    }

    private static Load.Outcome rawInserts(
            RawJdbc raw, int clients, int operations, int rowsEach, byte[] payload, byte[] metadata) throws Exception {
        List<java.sql.Connection> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
        ThreadLocal<java.sql.Connection> connections = ThreadLocal.withInitial(() -> {
            try {
                java.sql.Connection connection = raw.connect();
                opened.add(connection);
                return connection;
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            return Load.run(clients, operations, i -> raw.insert(connections.get(), rowsEach, payload, metadata));
        } finally {
            for (java.sql.Connection connection : opened) {
                connection.close();
            }
        }
    }

    /**
     * Stores events up to the wanted total: escorts and referrals in batches (the case systems' backfill), and an
     * activity with its logbook for every 200 of them (the centres' daily work).
     */
    private void fill(Node node) throws Exception {
        int stored = storedEvents(node);
        int missing = Math.max(0, events - stored);
        int batches = missing / BATCH;
        Load.Outcome outcome = Load.run(8, batches, i -> {
            JsonNode answer = JSON.readTree(node.expect(200, node.post("/api/v1/ingest/batch", caseSystem, batch()))
                    .body());
            if (i % 2 == 0) {
                String activity = JSON.readTree(node.expect(
                                        201,
                                        node.post(
                                                "/api/v1/activities",
                                                admin,
                                                "{\"centreId\":\"" + centre + "\",\"title\":\"Fællesspisning\","
                                                        + "\"category\":\"MEAL\",\"setting\":\"ON_SITE\","
                                                        + "\"startsAt\":\"2023-0" + (1 + i % 9)
                                                        + "-1" + (i % 10) + "T17:00:00+02:00\"}"))
                                .body())
                        .path("id")
                        .asString();
                node.expect(
                        201,
                        node.post(
                                "/api/v1/activities/" + activity + "/logbook",
                                admin,
                                "{\"heldOn\":\"2023-0" + (1 + i % 9) + "-1" + (i % 10) + "\",\"participants\":14,"
                                        + "\"newParticipants\":3,\"formerlyHomeless\":6}"));
            }
            return answer.path("created").asInt();
        });
        results.add(Row.of(db, "fill", "events stored (mixed backfill, 8 clients)", storedEvents(node), "events", ""));
        if (batches > 0) {
            results.add(Row.of(db, "fill", "backfill rate", outcome.itemsPerSecond(), "ev/s", ""));
        }
        // The reports, the as-of figures and the rebuild are measured on a store the projections have caught up with
        // (a backfill at full speed leaves them behind: the first 1M-event run's rebuild compared a lagging snapshot).
        long began = System.nanoTime();
        while (lags(node).stream().anyMatch(lag -> lag > 0)) {
            Thread.sleep(500);
        }
        results.add(Row.of(
                db, "fill", "projections catching up after the backfill", (System.nanoTime() - began) / 1e9, "s", ""));
    }

    private void reports(Node node) throws Exception {
        Load.Outcome baseline = Load.run(32, 4000, i -> {
            node.expect(200, node.get("/actuator/health/liveness", admin));
            return 1;
        });
        // the escort and referral reports of a year read the counts the outreach projection keeps (issue 14, item 2)
        List<String> reports = List.of(
                "/api/v1/reports/project-years/2023",
                "/api/v1/activities?municipalityCode=621",
                "/api/v1/reports/outreach/escorts?municipalityCode=621&from=2023-01-01&to=2023-12-31",
                "/api/v1/reports/outreach/referrals?municipalityCode=621&from=2023-01-01&to=2023-12-31");
        for (String report : reports) {
            Load.Outcome outcome = Load.run(32, 4000, i -> {
                node.expect(200, node.get(report, admin));
                return 1;
            });
            String benchmark = "GET " + report + ", 32 clients";
            results.add(Row.against(
                    db,
                    benchmark,
                    "p50 latency",
                    outcome.p50Millis(),
                    "ms",
                    "GET /actuator/health/liveness",
                    baseline.p50Millis(),
                    ""));
            results.add(Row.against(
                    db,
                    benchmark,
                    "p99 latency",
                    outcome.p99Millis(),
                    "ms",
                    "GET /actuator/health/liveness",
                    baseline.p99Millis(),
                    "≤ ×1.5 of liveness"));
        }
    }

    private void asOf(Node node) throws Exception {
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long began = System.nanoTime();
            node.expect(200, node.get("/api/v1/audit/project-years/2023/figures?asOf=" + Instant.now(), auditor));
            seconds.add((System.nanoTime() - began) / 1e9);
        }
        results.add(Row.of(db, "as-of figures, project year 2023", "median of 3", Load.median(seconds), "s", ""));
    }

    /** Rebuilds every projection through the audit endpoint and returns the rate. */
    private double rebuild(Node node) throws Exception {
        JsonNode result = rebuildThrough(node);
        double rate = eventsPerSecond(result);
        results.add(Row.of(db, "rebuild every projection", "events/s", rate, "ev/s", ""));
        if (!result.path("equal").asBoolean()) {
            throw new IllegalStateException("the rebuilt reports differ: " + result.path("differences"));
        }
        return rate;
    }

    private JsonNode rebuildThrough(Node node) throws Exception {
        return JSON.readTree(
                node.expect(200, node.post("/api/v1/audit/rebuild", admin, "")).body());
    }

    private static double eventsPerSecond(JsonNode rebuildResult) {
        return rebuildResult.path("eventsInStore").asLong()
                / rebuildResult.path("seconds").asDouble();
    }

    /** How long the baseline's rebuild is watched once every processor replays, when it does not finish sooner. */
    private final Duration baselineWindow;

    /** The events in the store, as the raw read counted them. */
    private long eventsRead;

    /**
     * The baseline to beat: the same rebuild, through the same endpoint, with Axon's default processors (tracking, one
     * thread and segment, batches of one event). Their tokens start over, since the service's own have four segments
     * each. They commit every event, so on a large store their rebuild would take hours here: unless it finishes within
     * the window, its rate is how fast the slowest processor's lag falls over the window, measured once every processor
     * is replaying (the rebuild ends when the slowest ends; start-up and the comparison of reports are left out, which
     * favours the baseline).
     */
    private void axonDefaultsRebuild(List<String> settings, RawJdbc store, double ours) throws Exception {
        store.deleteTokens();
        List<String> defaults = new ArrayList<>(settings);
        defaults.add("samvaer.processors.mode=axon-defaults");
        Node node = start(defaults);
        ExecutorService rebuilding = Executors.newSingleThreadExecutor();
        try {
            Future<JsonNode> rebuild = rebuilding.submit(() -> rebuildThrough(node));
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            long lagBefore = 0;
            while (!rebuild.isDone() && System.nanoTime() < deadline) {
                List<Long> lags = lags(node);
                if (!lags.isEmpty() && lags.stream().allMatch(lag -> lag > 0)) {
                    lagBefore = Collections.max(lags);
                    break;
                }
                Thread.sleep(500);
            }
            long began = System.nanoTime();
            String how;
            double rate;
            try {
                JsonNode result = rebuild.get(baselineWindow.toSeconds(), TimeUnit.SECONDS);
                rate = eventsPerSecond(result);
                how = result.path("equal").asBoolean() ? "" : " (its rebuilt reports differed!)";
            } catch (TimeoutException stillRebuilding) {
                long lagAfter = Collections.max(lags(node));
                rate = (lagBefore - lagAfter) / ((System.nanoTime() - began) / 1e9);
                how = ", its rate over " + baselineWindow.toSeconds() + " s of its replay (a whole rebuild ≈ "
                        + Math.round(eventsRead / rate / 60) + " min)";
            }
            results.add(Row.against(
                    db,
                    "rebuild every projection",
                    "events/s, ours vs Axon's defaults",
                    ours,
                    "ev/s",
                    "Axon's defaults: tracking processors, batch 1, one segment" + how,
                    rate,
                    "≥ 3× defaults"));
        } finally {
            rebuilding.shutdownNow();
            node.close();
        }
    }

    /** Each processor's lag behind the store, as the service reports it. */
    private List<Long> lags(Node node) throws Exception {
        return node.get("/actuator/prometheus", admin)
                .body()
                .lines()
                .filter(line -> line.startsWith("samvaer_processor_lag_events{"))
                .map(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .toList();
    }

    private double rawRead(RawJdbc store) throws Exception {
        long began = System.nanoTime();
        long count = store.readAndDecodeEvents();
        eventsRead = count;
        double seconds = (System.nanoTime() - began) / 1e9;
        results.add(Row.of(db, "raw read", "read and decode every event, plain JDBC", count / seconds, "ev/s", ""));
        return count / seconds;
    }

    private int storedEvents(Node node) throws Exception {
        return node.get("/actuator/prometheus", admin)
                .body()
                .lines()
                .filter(line -> line.startsWith("eventStore_ingestedCounter_total"))
                .mapToInt(line -> (int) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private double heapMb(Node node) throws Exception {
        JsonNode metric =
                JSON.readTree(node.expect(200, node.get("/actuator/metrics/jvm.memory.used?tag=area:heap", admin))
                        .body());
        return metric.path("measurements").get(0).path("value").asDouble() / 1024 / 1024;
    }

    private synchronized String nextExternalId() {
        return "bench-" + (++nextExternalId);
    }

    private String escort() {
        return escortFields(nextExternalId(), 0);
    }

    /** How many citizens the case system escorts: each comes back, as in a municipality. */
    private static final int CITIZENS = 10_000;

    private String escortFields(String externalId, int day) {
        return "{\"sourceSystem\":\"nexus-kolding\",\"externalId\":\"" + externalId
                + "\",\"municipalityCode\":\"621\",\"service\":\"SECTION_99\",\"citizenRef\":\"nexus:citizen-"
                + Math.floorMod(externalId.hashCode(), CITIZENS) + "\",\"centreId\":\"" + centre
                + "\",\"escortedOn\":\""
                + LocalDate.of(2023, 1, 1).plusDays(day % 360)
                + "\"}";
    }

    private String batch() {
        return IntStream.range(0, BATCH)
                .mapToObj(i -> {
                    String id = nextExternalId();
                    return i % 4 == 3
                            ? "{\"type\":\"REFERRAL\",\"sourceSystem\":\"nexus-kolding\",\"externalId\":\"" + id
                                    + "\",\"municipalityCode\":\"621\",\"service\":\"AUTHORITY\",\"citizenRef\":\"nexus:"
                                    + id + "\",\"centreId\":\"" + centre + "\",\"referredOn\":\"2023-04-20\"}"
                            : "{\"type\":\"ESCORT\"," + escortFields(id, i).substring(1);
                })
                .collect(Collectors.joining(",", "{\"items\":[", "]}"));
    }

    private void writeKeys() throws Exception {
        String yaml = key("bench-admin", admin, "PROGRAMME_ADMIN", "\"*\"")
                + key("nexus-kolding", caseSystem, "CASE_SYSTEM", "\"621\"")
                + key("bench-auditor", auditor, "AUDITOR", "\"*\"");
        Files.writeString(dir.resolve("api-keys.yml"), yaml);
    }

    private static String key(String name, String key, String role, String municipalities) throws Exception {
        String digest = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        return "- name: " + name + "\n  sha256: \"" + digest + "\"\n  roles: [" + role + "]\n  municipalities: ["
                + municipalities + "]\n";
    }

    private static void deleteRecursively(Path path) throws Exception {
        if (Files.exists(path)) {
            try (var walk = Files.walk(path)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
