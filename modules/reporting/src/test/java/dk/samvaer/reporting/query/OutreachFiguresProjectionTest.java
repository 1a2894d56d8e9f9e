package dk.samvaer.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dk.samvaer.kernel.readmodel.ProjectionWrites;
import dk.samvaer.kernel.testing.InMemoryDatabase;
import dk.samvaer.outreach.api.EscortId;
import dk.samvaer.outreach.api.EscortProvided;
import dk.samvaer.outreach.api.Service;
import dk.samvaer.programme.api.CentreId;
import dk.samvaer.programme.api.Municipalities;
import dk.samvaer.reporting.api.EscortReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class OutreachFiguresProjectionTest {

    static final CentreId KOLDING = CentreId.random();
    static final CentreId VEJLE = CentreId.random();

    private OutreachFiguresProjection projection;
    private OutreachReportQueries reports;

    @BeforeEach
    void setUp() {
        ProjectionWrites writes = InMemoryDatabase.projectionWrites("classpath:db/migration/reporting");
        JdbcClient jdbc = writes.jdbc();
        projection = new OutreachFiguresProjection(writes);
        reports = new OutreachReportQueries(jdbc, Municipalities.danish());
    }

    @Test
    void aCitizensFirstEscortToACentreIsCountedOnceAndASecondCentreHasItsOwnFirst() {
        projection.on(escort("citizen-a", KOLDING, "2025-03-01"));
        projection.on(escort("citizen-a", KOLDING, "2025-04-01"));
        projection.on(escort("citizen-a", VEJLE, "2025-04-02"));

        EscortReport report = year();

        assertThat(report.escorts()).isEqualTo(3);
        assertThat(report.uniqueCitizens()).isEqualTo(1);
        assertThat(report.firstEscorts()).isEqualTo(2);
    }

    @Test
    void anEarlierEscortArrivingLateBecomesTheFirstAndTheFormerFirstIsNoLonger() {
        projection.on(escort("citizen-b", KOLDING, "2025-06-01"));
        projection.on(escort("citizen-b", KOLDING, "2025-02-01"));

        assertThat(between("2025-06-01", "2025-06-30").firstEscorts()).isZero();
        assertThat(between("2025-02-01", "2025-02-28").firstEscorts()).isEqualTo(1);
        assertThat(year().firstEscorts()).isEqualTo(1);
    }

    @Test
    void anEscortDeliveredTwiceChangesNothing() {
        EscortProvided escort = escort("citizen-c", KOLDING, "2025-05-01");
        projection.on(escort);
        projection.on(escort(escort.citizenPseudonym(), KOLDING, "2025-05-09"));

        projection.on(escort);

        EscortReport report = year();
        assertThat(report.escorts()).isEqualTo(2);
        assertThat(report.firstEscorts()).isEqualTo(1);
    }

    @Test
    void onTheSameDayTheFirstIsTheSameWhicheverArrivesFirst() {
        EscortProvided one = escort("citizen-d", KOLDING, "2025-07-01");
        EscortProvided other = escort("citizen-d", KOLDING, "2025-07-01");
        projection.on(other);
        projection.on(one);

        assertThat(year().firstEscorts()).isEqualTo(1);
    }

    @Test
    void theReportCountsEscortsAndFirstEscortsByServiceMonthAndCentre() {
        projection.on(escort("citizen-e", KOLDING, "2025-03-01"));
        projection.on(escort("citizen-e", KOLDING, "2025-03-20"));
        projection.on(escort("citizen-f", VEJLE, "2025-11-05"));

        EscortReport report = year();

        assertThat(report.byService()).containsEntry("SECTION_99", 3L).containsEntry("AUTHORITY", 0L);
        assertThat(report.byMonth())
                .extracting(EscortReport.Month::month, EscortReport.Month::escorts)
                .containsExactly(tuple("2025-03", 2L), tuple("2025-11", 1L));
        assertThat(report.byCentre())
                .extracting(
                        EscortReport.Centre::centreId, EscortReport.Centre::escorts, EscortReport.Centre::firstEscorts)
                .containsExactlyInAnyOrder(tuple(KOLDING.value(), 2L, 1L), tuple(VEJLE.value(), 1L, 1L));
    }

    @Test
    void escortsHandledABatchAtATimeGiveTheSameFiguresAsOneAtATime() {
        Random random = new Random(14);
        List<Object> escorts = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            escorts.add(escort(
                    "citizen-" + random.nextInt(25),
                    random.nextBoolean() ? KOLDING : VEJLE,
                    LocalDate.of(2025, 1, 1).plusDays(random.nextInt(365)).toString()));
        }
        escorts.add(escorts.get(7));
        ProjectionWrites batched = InMemoryDatabase.projectionWrites("classpath:db/migration/reporting");
        ProjectionFeed processor = new ProjectionFeed(new OutreachFiguresProjection(batched));

        for (int from = 0; from < escorts.size(); ) {
            int to = Math.min(escorts.size(), from + 1 + random.nextInt(80));
            processor.batch(escorts.subList(from, to));
            from = to;
        }
        escorts.forEach(escort -> projection.on((EscortProvided) escort));

        assertThat(new OutreachReportQueries(batched.jdbc(), Municipalities.danish())
                        .escorts(Set.of("621"), LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31")))
                .isEqualTo(year());
        assertThat(year().firstEscorts()).isEqualTo(50);
    }

    private EscortReport year() {
        return between("2025-01-01", "2025-12-31");
    }

    private EscortReport between(String from, String to) {
        return reports.escorts(Set.of("621"), LocalDate.parse(from), LocalDate.parse(to));
    }

    private static EscortProvided escort(String citizen, CentreId centre, String on) {
        return new EscortProvided(
                new EscortId(UUID.randomUUID()), "621", Service.SECTION_99, citizen, centre, null, LocalDate.parse(on));
    }
}
