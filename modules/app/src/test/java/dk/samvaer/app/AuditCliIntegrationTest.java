package dk.samvaer.app;

import static dk.samvaer.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samvaer.app.support.ApiIntegrationTest;
import dk.samvaer.audit.query.Ledger;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The offline audit commands, run as the jar runs them, against a copy of the database in a file. */
class AuditCliIntegrationTest extends ApiIntegrationTest {

    static final Path COPIES = Path.of("target/audit-cli-copies").toAbsolutePath();

    private String url;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Ledger ledger;

    private record Run(int exitCode, String out) {}

    @BeforeEach
    void copyTheDatabase() throws Exception {
        // The copy is made with H2's SCRIPT/RUNSCRIPT; on PostgreSQL an auditor copies with pg_dump.
        org.junit.jupiter.api.Assumptions.assumeFalse(dk.samvaer.app.support.TestDatabase.postgres());
        String centre = centreIn("740");
        logbook(activityAt(centre, "2009-05-01T10:00:00+02:00"), "2009-05-01", 9, 2, 3);
        api.post(
                "/api/v1/project-years",
                json(
                        "year",
                        2009,
                        "municipalities",
                        java.util.List.of(java.util.Map.of("municipalityCode", "740", "arm", "CONTROL"))));
        ledger.extend();
        Path copy = COPIES.resolve(java.util.UUID.randomUUID().toString());
        Files.createDirectories(copy);
        Path script = copy.resolve("copy.sql");
        url = "jdbc:h2:file:" + copy + "/samvaer;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        jdbc.sql("SCRIPT TO '" + script + "'").query(rs -> {});
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("RUNSCRIPT FROM '" + script + "'");
        }
    }

    private Run audit(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] withDatabase = java.util.Arrays.copyOf(args, args.length + 1);
        withDatabase[args.length] = "--spring.datasource.url=" + url;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            int code = SamvaerApplication.audit(withDatabase);
            return new Run(code, out.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }

    @Test
    void verifiesTheLedgerOfTheCopy() {
        Run run = audit("verify");

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains("\"ok\":true");
    }

    @Test
    void reconstructsTheFiguresOfAYearAsCsv() {
        Run run = audit("figures", "--year", "2009", "--as-of", "2999-01-01T00:00:00Z", "--format", "csv");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("year,scope,municipalityCode").contains("2009,MUNICIPALITY,740,");
    }

    @Test
    void replaysTheEventsWhenAskedAndFindsTheSameFiguresAsTheQuery() {
        Run byQuery = audit("figures", "--year", "2009", "--format", "csv");
        Run byReplay = audit("figures", "--year", "2009", "--replay", "--format", "csv");

        assertThat(byReplay.exitCode()).isZero();
        assertThat(byReplay.out()).isEqualTo(byQuery.out()).contains("2009,MUNICIPALITY,740,");
    }

    @Test
    void exportsEventsAfterAPositionAsNdjson() {
        Run run = audit("export", "--after", "0", "--limit", "3");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).hasSize(3).allMatch(line -> line.startsWith("{\"position\":"));
    }

    @Test
    void rebuildsEveryReportInAReplicaAndFindsThemEqualToTheStoredOnes() {
        Run run = audit("rebuild");

        assertThat(run.out()).contains("\"equal\":true");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void answersAnUnknownCommandWithUsage() {
        assertThat(audit("bogus").exitCode()).isEqualTo(2);
    }
}
