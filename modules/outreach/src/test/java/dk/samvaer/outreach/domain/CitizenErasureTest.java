package dk.samvaer.outreach.domain;

import static dk.samvaer.kernel.BoundsTest.TODAY;

import dk.samvaer.kernel.InvalidInput;
import dk.samvaer.outreach.api.CitizenErased;
import dk.samvaer.outreach.api.CitizenKeysExpired;
import dk.samvaer.outreach.api.ErasureId;
import dk.samvaer.outreach.api.RecordCitizenErasure;
import dk.samvaer.outreach.api.RecordKeysExpired;
import dk.samvaer.outreach.api.RetentionRunId;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class CitizenErasureTest {

    private final ErasureId erasure = ErasureId.random();
    private final RetentionRunId run = RetentionRunId.random();

    private <T> AggregateTestFixture<T> fixture(Class<T> type) {
        AggregateTestFixture<T> fixture = new AggregateTestFixture<>(type);
        fixture.registerInjectableResource(TODAY);
        return fixture;
    }

    private RecordCitizenErasure erasure(String reason, List<String> municipalityCodes, int keysDeleted) {
        return new RecordCitizenErasure(
                erasure, "nexus-kolding", "case-kolding", "nexus-kolding", reason, municipalityCodes, keysDeleted);
    }

    @Test
    void recordsWhoAskedWhyWhenAndWhereButNotWhom() {
        fixture(CitizenErasure.class)
                .givenNoPriorActivity()
                .when(erasure("  Borgeren har bedt om at blive glemt. ", List.of("630", "621"), 1))
                .expectEvents(new CitizenErased(
                        erasure,
                        "nexus-kolding",
                        "case-kolding",
                        "nexus-kolding",
                        "Borgeren har bedt om at blive glemt.",
                        List.of("621", "630"),
                        1,
                        TODAY.instant()));
    }

    @Test
    void recordsAnErasureThatFoundNoKeys() {
        fixture(CitizenErasure.class)
                .givenNoPriorActivity()
                .when(erasure("Ukendt reference", List.of("621"), 0))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesASourceSystemThatIsNotASourceSystemName() {
        fixture(CitizenErasure.class)
                .givenNoPriorActivity()
                .when(new RecordCitizenErasure(
                        erasure, "nexus-kolding", "case-kolding", "nexus kolding/2", "Glemt", List.of("621"), 1))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnErasureWithoutAReason() {
        fixture(CitizenErasure.class)
                .givenNoPriorActivity()
                .when(erasure(" ", List.of("621"), 1))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnErasureThatNamesNoMunicipality() {
        fixture(CitizenErasure.class)
                .givenNoPriorActivity()
                .when(erasure("Borgeren har bedt om det.", List.of(), 0))
                .expectException(InvalidInput.class);
    }

    @Test
    void recordsARetentionRunByItsCountAlone() {
        LocalDate fiveYearsAgo = LocalDate.of(2021, 11, 26);
        fixture(RetentionRun.class)
                .givenNoPriorActivity()
                .when(new RecordKeysExpired(run, fiveYearsAgo, 3))
                .expectEvents(new CitizenKeysExpired(run, fiveYearsAgo, 3, TODAY.instant()));
    }

    @Test
    void refusesARetentionRunThatShreddedNothing() {
        fixture(RetentionRun.class)
                .givenNoPriorActivity()
                .when(new RecordKeysExpired(run, LocalDate.of(2021, 11, 26), 0))
                .expectException(InvalidInput.class);
    }

    @Test
    void refusesARetentionCutOffInTheFuture() {
        fixture(RetentionRun.class)
                .givenNoPriorActivity()
                .when(new RecordKeysExpired(run, LocalDate.of(2026, 11, 27), 2))
                .expectException(InvalidInput.class);
    }
}
