package dk.samvaer.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.samvaer.app.SamvaerApplication;
import dk.samvaer.app.support.TestDatabase;
import dk.samvaer.app.support.TestKeys;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The retention job on its schedule (here every second) with a fixed clock: on 2031-06-01 with five years' retention,
 * a key last used before 2026-06-01 is shredded and the run recorded by its count; a newer key stays.
 */
@SpringBootTest(
        classes = {SamvaerApplication.class, RetentionIntegrationTest.FixedClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "samvaer.security.api-keys-file=" + TestKeys.FILE,
            "samvaer.privacy.citizen-retention=P5Y",
            "samvaer.privacy.retention-cron=* * * * * *"
        })
@DirtiesContext // its own context: closed after the class, so no scheduler or processor outlives the suite
class RetentionIntegrationTest {

    static final Instant NOW = Instant.parse("2031-06-01T10:00:00Z");

    static {
        TestKeys.file();
    }

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneId.of("Europe/Copenhagen"));
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "retention");
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void shredsTheKeysOfCitizensNotPostedForTheRetentionPeriodAndRecordsHowMany() {
        key("p1_expired", LocalDate.of(2026, 5, 31));
        key("p1_kept", LocalDate.of(2026, 6, 1));

        await().atMost(Duration.ofSeconds(20)).until(() -> lookups().equals(List.of("p1_kept")));

        List<String> runs = jdbc
                .sql("SELECT payload FROM domain_event_entry WHERE payload_type = ?")
                .param("dk.samvaer.outreach.api.CitizenKeysExpired")
                .query(byte[].class)
                .list()
                .stream()
                .map(payload -> new String(payload, StandardCharsets.UTF_8))
                .toList();
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0)).contains("\"keysShredded\":1", "\"notPostedSince\":\"2026-06-01\"");
    }

    private void key(String lookup, LocalDate lastPostedOn) {
        jdbc.sql("INSERT INTO outreach_citizen_key (citizen_lookup, municipality_code, citizen_key, last_posted_on)"
                        + " VALUES (?, '621', 'a2V5', ?)")
                .params(lookup, lastPostedOn)
                .update();
    }

    private List<String> lookups() {
        return jdbc.sql("SELECT citizen_lookup FROM outreach_citizen_key ORDER BY citizen_lookup")
                .query(String.class)
                .list();
    }
}
