package dk.samvaer.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** A fresh store for one run: an H2 file store in its own directory, or a new PostgreSQL database (dropped at the end). */
final class Store implements AutoCloseable {

    static final String PG_ADMIN_URL = env("SAMVAER_RELIABILITY_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    static final String PG_USER = env("SAMVAER_RELIABILITY_PG_USER", "postgres");
    static final String PG_PASSWORD = env("SAMVAER_RELIABILITY_PG_PASSWORD", "");

    /** Databases created and not yet dropped: dropped by a shutdown hook if the suite is stopped half-way. */
    private static final java.util.Set<String> CREATED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime()
                .addShutdownHook(new Thread(() -> CREATED.forEach(name -> {
                    try {
                        drop(name);
                    } catch (SQLException e) {
                        System.err.println("could not drop " + name + ": " + e.getMessage());
                    }
                })));
    }

    final String db;
    final Path dir;
    final String url;
    final String user;
    final String password;
    final String version;

    private Store(String db, Path dir, String url, String user, String password, String version) {
        this.db = db;
        this.dir = dir;
        this.url = url;
        this.user = user;
        this.password = password;
        this.version = version;
    }

    static Store fresh(String db, Path dir) throws Exception {
        deleteRecursively(dir);
        Files.createDirectories(dir);
        if (db.equals("postgres")) {
            String name = "samvaer_reliability_" + UUID.randomUUID().toString().substring(0, 8);
            String version;
            try (Connection connection = DriverManager.getConnection(PG_ADMIN_URL, PG_USER, PG_PASSWORD);
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
                CREATED.add(name);
                version = "PostgreSQL " + connection.getMetaData().getDatabaseProductVersion();
            }
            String url = PG_ADMIN_URL.substring(0, PG_ADMIN_URL.lastIndexOf('/') + 1) + name;
            return new Store(db, dir, url, PG_USER, PG_PASSWORD, version);
        }
        if (!db.equals("h2")) {
            throw new IllegalArgumentException("unknown database " + db + " (h2 or postgres)");
        }
        String url = "jdbc:h2:file:" + dir.toAbsolutePath()
                + "/samvaer;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        return new Store(db, dir, url, "sa", "", "H2 " + org.h2.engine.Constants.VERSION + " embedded file");
    }

    static boolean postgresAnswers() {
        try (Connection ignored = DriverManager.getConnection(PG_ADMIN_URL, PG_USER, PG_PASSWORD)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** The service's settings for this store (the API keys file is in the run's directory). */
    List<String> settings() {
        List<String> settings = new ArrayList<>(List.of(
                "samvaer.data-dir=" + dir.toAbsolutePath(),
                "samvaer.security.api-keys-file=" + dir.resolve("api-keys.yml").toAbsolutePath(),
                // every hostile request comes from this machine, many with a wrong key on purpose: the limit on
                // failed attempts per address would answer the rest of the run 429 (it has its own test in the suite)
                "samvaer.security.failed-authentication.attempts=100000000",
                "logging.level.root=WARN",
                "logging.level.dk.samvaer.app.SamvaerApplication=INFO"));
        if (db.equals("postgres")) {
            settings.addAll(List.of(
                    "spring.profiles.active=postgres",
                    "spring.datasource.url=" + url,
                    "spring.datasource.username=" + user,
                    "spring.datasource.password=" + password,
                    "samvaer.outreach.pseudonym-secret=reliability-pseudonym-secret-of-at-least-32-chars"));
        }
        return settings;
    }

    /** A JDBC connection to the store: for H2 only while the service is stopped (the service holds the file). */
    Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(url, user, password);
        connection.setReadOnly(true);
        return connection;
    }

    @Override
    public void close() throws SQLException {
        if (db.equals("postgres")) {
            String name = url.substring(url.lastIndexOf('/') + 1);
            drop(name);
            CREATED.remove(name);
        }
    }

    private static void drop(String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection(PG_ADMIN_URL, PG_USER, PG_PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    static void deleteRecursively(Path path) throws Exception {
        if (Files.exists(path)) {
            try (var walk = Files.walk(path)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
