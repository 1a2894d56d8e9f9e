package dk.samvaer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Runs every benchmark against the built service jar on this machine and writes {@code bench/results/results.md} and
 * {@code results.json}. Each figure is measured beside its baseline in the same run, because these machines are
 * noisy: compare ratios, not absolute numbers across runs.
 *
 * <p>Options: {@code --db=h2,postgres} (default both; PostgreSQL is skipped when 127.0.0.1:5432 does not answer),
 * {@code --events=N} events stored before the rebuild, report and as-of measurements (default 20000; the issue's
 * figure is 1000000), {@code --single=N} single-item requests per concurrency level (default 2000), {@code
 * --batched=N} items per concurrency level in batches of 500 (default 20000), {@code --baseline-window=S} seconds over
 * which the rebuild with Axon's default processors is measured when it does not finish sooner (default 180), {@code
 * --out=DIR} where results go (default bench/results).
 */
public final class Bench {

    static final String PG_ADMIN_URL = env("SAMVAER_BENCH_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    static final String PG_USER = env("SAMVAER_BENCH_PG_USER", "postgres");
    static final String PG_PASSWORD = env("SAMVAER_BENCH_PG_PASSWORD", "");

    private Bench() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of(
                "db",
                "h2,postgres",
                "events",
                "20000",
                "single",
                "2000",
                "batched",
                "20000",
                "baseline-window",
                "180",
                "jar",
                "modules/app/target/samvaer.jar",
                "out",
                "bench/results"));
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length == 2 ? pair[1] : "true");
        }
        Path jar = Path.of(options.get("jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with ./mvnw -DskipTests package");
        }
        Launch production = Launch.classDataSharing(jar, Path.of("bench/target/cds"));
        Results results = new Results(Machine.facts(options, "benchJvm"));
        Path out = Path.of(options.get("out"));
        for (String db : options.get("db").split(",")) {
            if (db.equals("postgres") && !postgresAnswers()) {
                System.out.println("PostgreSQL does not answer at " + PG_ADMIN_URL + ": skipped");
                continue;
            }
            new DatabaseRun(
                            db,
                            production,
                            Launch.fatJar(jar),
                            Integer.parseInt(options.get("events")),
                            Integer.parseInt(options.get("single")),
                            Integer.parseInt(options.get("batched")),
                            Duration.ofSeconds(Long.parseLong(options.get("baseline-window"))),
                            results)
                    .run();
            results.write(out); // after each database, so that a later failure keeps what was measured
        }
        results.write(out);
        System.out.println(Files.readString(out.resolve("results.md")));
    }

    static boolean postgresAnswers() {
        try (Connection ignored = DriverManager.getConnection(PG_ADMIN_URL, PG_USER, PG_PASSWORD)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Creates a fresh PostgreSQL database for a run and returns its JDBC URL. */
    static String createPostgresDatabase() throws SQLException {
        String name = "samvaer_bench_" + UUID.randomUUID().toString().substring(0, 8);
        pgAdmin("CREATE DATABASE " + name);
        return PG_ADMIN_URL.substring(0, PG_ADMIN_URL.lastIndexOf('/') + 1) + name;
    }

    static void dropPostgresDatabase(String url) throws SQLException {
        pgAdmin("DROP DATABASE IF EXISTS " + url.substring(url.lastIndexOf('/') + 1) + " WITH (FORCE)");
    }

    static String postgresVersion() throws SQLException {
        try (Connection connection = DriverManager.getConnection(PG_ADMIN_URL, PG_USER, PG_PASSWORD)) {
            return "PostgreSQL " + connection.getMetaData().getDatabaseProductVersion();
        }
    }

    private static void pgAdmin(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(PG_ADMIN_URL, PG_USER, PG_PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** The benchmark's rows and the machine they ran on. */
    static final class Results {

        private final Map<String, Object> machine;
        private final List<Row> rows = new ArrayList<>();

        Results(Map<String, Object> machine) {
            this.machine = machine;
        }

        void add(Row row) {
            rows.add(row);
            System.out.println(row.markdown());
        }

        void database(String db, String version) {
            machine.put("database." + db, version);
        }

        void write(Path directory) throws IOException {
            Files.createDirectories(directory);
            StringBuilder md = new StringBuilder("# Samvær benchmark results\n\n");
            machine.forEach((key, value) ->
                    md.append("- ").append(key).append(": ").append(value).append('\n'));
            md.append('\n').append(Row.HEADER);
            rows.forEach(row -> md.append(row.markdown()).append('\n'));
            Files.writeString(directory.resolve("results.md"), md.toString());
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("machine", machine);
            json.put("results", rows);
            Files.writeString(
                    directory.resolve("results.json"),
                    tools.jackson.databind.json.JsonMapper.builder()
                            .build()
                            .writerWithDefaultPrettyPrinter()
                            .writeValueAsString(json));
        }
    }

    /**
     * One figure: what was measured, its value, the baseline measured beside it in the same run (if any), their ratio,
     * and the target from the issue (if any).
     */
    record Row(
            String database,
            String benchmark,
            String measure,
            double value,
            String unit,
            String baseline,
            Double baselineValue,
            Double ratio,
            String target) {

        static final String HEADER =
                "| database | benchmark | measure | value | baseline | baseline value | ours / baseline | target |\n"
                        + "|---|---|---|---:|---|---:|---:|---|\n";

        static Row of(String database, String benchmark, String measure, double value, String unit, String target) {
            return new Row(database, benchmark, measure, value, unit, null, null, null, target);
        }

        static Row against(
                String database,
                String benchmark,
                String measure,
                double value,
                String unit,
                String baseline,
                double baselineValue,
                String target) {
            return new Row(
                    database,
                    benchmark,
                    measure,
                    value,
                    unit,
                    baseline,
                    baselineValue,
                    baselineValue == 0 ? null : value / baselineValue,
                    target);
        }

        String markdown() {
            return String.format(
                    "| %s | %s | %s | %s %s | %s | %s | %s | %s |",
                    database,
                    benchmark,
                    measure,
                    format(value),
                    unit,
                    baseline == null ? "" : baseline,
                    baselineValue == null ? "" : format(baselineValue) + " " + unit,
                    ratio == null ? "" : String.format("%.2f", ratio),
                    target == null ? "" : target);
        }

        private static String format(double value) {
            return value >= 100 ? String.format("%,.0f", value) : String.format("%.2f", value);
        }
    }
}
