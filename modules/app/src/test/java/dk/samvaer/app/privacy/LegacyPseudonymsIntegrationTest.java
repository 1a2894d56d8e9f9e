package dk.samvaer.app.privacy;

import static dk.samvaer.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import db.migration.outreach.V202612030701__outreach_adopt_legacy_pseudonyms;
import dk.samvaer.app.support.Api;
import dk.samvaer.app.support.ApiIntegrationTest;
import dk.samvaer.app.support.Postings;
import dk.samvaer.app.support.TestKeys;
import dk.samvaer.kernel.readmodel.ReadYourWrites;
import dk.samvaer.kernel.security.Pseudonyms;
import dk.samvaer.outreach.api.EscortId;
import dk.samvaer.outreach.api.EscortProvided;
import dk.samvaer.outreach.api.Service;
import dk.samvaer.programme.api.CentreId;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The upgrade to the key vault (ADR 0016): an escort recorded before it, with the keyed lookup as the citizen's
 * pseudonym, is adopted by the one-off migration, so a later posting for the same reference joins the same history;
 * after an erasure, the next one does not.
 */
class LegacyPseudonymsIntegrationTest extends ApiIntegrationTest {

    @Autowired
    EventStore eventStore;

    @Autowired
    Pseudonyms pseudonyms;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReadYourWrites readYourWrites;

    @Test
    void aCitizenRecordedBeforeTheVaultKeepsTheirHistoryUntilErased() throws Exception {
        String reference = "legacy:borger:" + UUID.randomUUID();
        String centre = centreIn("621");
        String legacy = pseudonyms.citizen("621", reference);
        EscortId before = EscortId.random();
        eventStore.publish(new GenericDomainEventMessage<>(
                "Escort",
                before.toString(),
                0,
                new EscortProvided(
                        before,
                        "621",
                        Service.SECTION_99,
                        legacy,
                        new CentreId(UUID.fromString(centre)),
                        null,
                        LocalDate.of(2015, 3, 1))));

        adoptLegacyPseudonyms();
        Api nexus = api.as(TestKeys.CASE_SYSTEM_KOLDING);
        String after = post(nexus, reference, centre, "2015-03-02");
        nexus.post(
                "/api/v1/citizens/erasures",
                json("sourceSystem", "nexus-kolding", "citizenRef", reference, "reason", "Art. 17"));
        String afterErasure = post(nexus, reference, centre, "2015-03-03");

        assertThat(tokenOf(before.toString())).isEqualTo(legacy);
        assertThat(tokenOf(after)).isEqualTo(legacy);
        assertThat(tokenOf(afterErasure)).startsWith("t1_").isNotEqualTo(legacy);
    }

    /** The migration as Flyway runs it on upgrade: in a transaction of its own on the service's database. */
    private void adoptLegacyPseudonyms() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            new V202612030701__outreach_adopt_legacy_pseudonyms().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
            connection.commit();
        }
    }

    private static String post(Api nexus, String reference, String centre, String on) {
        Api.Response posted = nexus.post("/api/v1/escorts", Postings.escort(reference, centre, on));
        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
        return posted.json().path("id").asString();
    }

    private String tokenOf(String escortId) {
        return Postings.tokenOfEscort(jdbc, readYourWrites, escortId);
    }
}
