package dk.samvaer.app.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The database an integration test's application runs on. By default an in-memory H2 in PostgreSQL mode. With
 * {@code -Dsamvaer.test.database=postgres} (the PostgreSQL suite) a real PostgreSQL database, created for this run and
 * dropped when it ends: by default on the local server 127.0.0.1:5432, overridable with the environment variables
 * {@code SAMVAER_TEST_PG_URL} (an admin database, e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres}),
 * {@code SAMVAER_TEST_PG_USER} and {@code SAMVAER_TEST_PG_PASSWORD}.
 */
public final class TestDatabase {

    static final String ADMIN_URL = env("SAMVAER_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    static final String USER = env("SAMVAER_TEST_PG_USER", "postgres");
    static final String PASSWORD = env("SAMVAER_TEST_PG_PASSWORD", "");
    static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final Map<String, String> CREATED = new ConcurrentHashMap<>();
    /** PostgreSQL's SQLState for "database is being accessed by other users". */
    private static final String OBJECT_IN_USE = "55006";

    private static final Duration DROP_PATIENCE = Duration.ofSeconds(15);

    private TestDatabase() {}

    public static boolean postgres() {
        return "postgres".equals(System.getProperty("samvaer.test.database"));
    }

    /** Registers the datasource of the named test database (one per application context). */
    public static void register(DynamicPropertyRegistry registry, String name) {
        properties(name).forEach((key, value) -> registry.add(key, () -> value));
    }

    /** The datasource settings of the named test database, created on first use. */
    public static Map<String, String> properties(String name) {
        TestKeys.file();
        TestPeople.file();
        if (!postgres()) {
            return Map.of(
                    "spring.datasource.url",
                    "jdbc:h2:mem:" + name
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        }
        return Map.of(
                "spring.datasource.url",
                CREATED.computeIfAbsent(name, TestDatabase::create),
                "spring.datasource.username",
                USER,
                "spring.datasource.password",
                PASSWORD,
                "samvaer.outreach.pseudonym-secret",
                "a-test-pseudonym-secret-of-at-least-32-chars");
    }

    private static String create(String name) {
        String database = ("samvaer_it_" + RUN + "_" + name).replaceAll("[^a-z0-9_]", "_");
        admin("CREATE DATABASE " + database);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> dropOnceClosed(database)));
        return ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + database;
    }

    /**
     * Drops the database once its application has let go of it. The application contexts close in shutdown hooks of
     * their own, at the same time as this one: a forced drop at once would cut their connections while their
     * processors are still stopping, and each would then wait out its shutdown timeout. A database still in use after
     * {@link #DROP_PATIENCE} is dropped by force.
     */
    private static void dropOnceClosed(String database) {
        long deadline = System.nanoTime() + DROP_PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection connection = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + database);
                return;
            } catch (SQLException e) {
                if (!OBJECT_IN_USE.equals(e.getSQLState())) {
                    break;
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    private static void admin(String sql) {
        try (Connection connection = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test database: " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
