package dk.samvaer.kernel.testing;

import dk.samvaer.kernel.readmodel.ProjectionWrites;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fresh in-memory H2 database in PostgreSQL mode (as the application runs it) with one module's Flyway migrations
 * applied: the real SQL of a projection, without a Spring context.
 */
public final class InMemoryDatabase {

    private InMemoryDatabase() {}

    /** A new, empty database migrated with the given locations, e.g. {@code classpath:db/migration/reporting}. */
    public static JdbcClient migrated(String... locations) {
        return projectionWrites(locations).jdbc();
    }

    /** The same, as the projections write to it ({@link ProjectionWrites#jdbc()} reads it). */
    public static ProjectionWrites projectionWrites(String... locations) {
        return new ProjectionWrites(new JdbcTemplate(dataSource(locations)));
    }

    /** The database itself, for tests that run transactions on it. */
    public static DataSource dataSource(String... locations) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(
                "jdbc:h2:mem:" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        dataSource.setUser("sa");
        Flyway.configure().dataSource(dataSource).locations(locations).load().migrate();
        return dataSource;
    }
}
