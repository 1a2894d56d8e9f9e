package dk.samvaer.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvaer.activities.api.ActivityCancelled;
import dk.samvaer.activities.api.ActivityHeld;
import dk.samvaer.activities.api.ActivityId;
import dk.samvaer.activities.api.ActivityPlanned;
import dk.samvaer.activities.api.Category;
import dk.samvaer.activities.api.EvaluationSubmitted;
import dk.samvaer.activities.api.HeardVia;
import dk.samvaer.activities.api.LogbookCorrected;
import dk.samvaer.activities.api.Setting;
import dk.samvaer.kernel.readmodel.ProjectionWrites;
import dk.samvaer.kernel.testing.InMemoryDatabase;
import dk.samvaer.programme.api.Arm;
import dk.samvaer.programme.api.CentreId;
import dk.samvaer.programme.api.Municipalities;
import dk.samvaer.programme.api.MunicipalityEnrolled;
import dk.samvaer.reporting.api.EvaluationSummary;
import dk.samvaer.reporting.api.Figures;
import dk.samvaer.reporting.api.MunicipalityFigures;
import dk.samvaer.reporting.api.ProjectYearFigures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class ProjectYearProjectionTest {

    private static final CentreId CENTRE = CentreId.random();

    private JdbcClient jdbc;
    private ProjectionWrites writes;
    private ProjectionFeed projection;
    private ReportQueries reports;

    @BeforeEach
    void setUp() {
        ProjectionWrites writes = InMemoryDatabase.projectionWrites("classpath:db/migration/reporting");
        JdbcClient jdbc = writes.jdbc();
        this.writes = writes;
        this.jdbc = jdbc;
        projection = new ProjectionFeed(new ProjectYearProjection(writes));
        reports = new ReportQueries(jdbc, Municipalities.danish());
        projection.on(new MunicipalityEnrolled(2025, "621", Arm.TEST));
        projection.on(new MunicipalityEnrolled(2025, "479", Arm.CONTROL));
    }

    private ActivityId planned(String municipality) {
        ActivityId id = ActivityId.random();
        projection.on(new ActivityPlanned(
                id,
                CENTRE,
                municipality,
                "Fisketur",
                Category.OUTDOOR,
                Setting.OFF_SITE,
                OffsetDateTime.parse("2025-05-01T10:00:00+02:00"),
                null,
                null,
                null,
                null));
        return id;
    }

    private ActivityId held(String municipality, String heldOn, int participants, int fresh, int formerlyHomeless) {
        ActivityId id = planned(municipality);
        projection.on(new ActivityHeld(
                id, CENTRE, municipality, LocalDate.parse(heldOn), participants, fresh, formerlyHomeless));
        return id;
    }

    private MunicipalityFigures row(ProjectYearFigures figures, String code) {
        return figures.byMunicipality().stream()
                .filter(m -> m.municipalityCode().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void sumsTheLogbooksOfActivitiesHeldInTheYear() {
        held("621", "2025-05-01", 18, 5, 9);
        held("621", "2025-06-01", 12, 3, 7);

        ProjectYearFigures figures = reports.projectYear(2025, null);

        assertThat(figures.totals()).isEqualTo(Figures.of(2, 30, 8, 16));
        assertThat(figures.totals().newParticipantShare()).isEqualByComparingTo(new BigDecimal("0.2667"));
        assertThat(figures.totals().formerlyHomelessShare()).isEqualByComparingTo(new BigDecimal("0.5333"));
    }

    @Test
    void countsAnActivityInTheYearOfItsHeldOnDate() {
        held("621", "2025-12-31", 10, 1, 1);
        held("621", "2026-01-01", 20, 2, 2);

        assertThat(reports.projectYear(2025, null).totals().participants()).isEqualTo(10);
        assertThat(reports.projectYear(2026, null).totals().participants()).isEqualTo(20);
    }

    @Test
    void aCorrectionReplacesTheLogbookValues() {
        ActivityId id = held("621", "2025-05-01", 18, 5, 9);
        projection.on(new LogbookCorrected(id, CENTRE, "621", LocalDate.parse("2025-05-01"), 19, 6, 9, "Recount"));

        assertThat(reports.projectYear(2025, null).totals()).isEqualTo(Figures.of(1, 19, 6, 9));
    }

    @Test
    void aCorrectionOfTheDateMovesTheActivityToItsNewYear() {
        ActivityId id = held("621", "2025-12-31", 18, 5, 9);
        projection.on(new LogbookCorrected(id, CENTRE, "621", LocalDate.parse("2026-01-02"), 18, 5, 9, "Wrong year"));

        assertThat(reports.projectYear(2025, null).totals().activitiesHeld()).isZero();
        assertThat(reports.projectYear(2026, null).totals().activitiesHeld()).isEqualTo(1);
    }

    @Test
    void plannedAndCancelledActivitiesDoNotCount() {
        planned("621");
        ActivityId cancelled = planned("621");
        projection.on(new ActivityCancelled(cancelled, "621", "Storm"));

        assertThat(reports.projectYear(2025, null).totals()).isEqualTo(Figures.NONE);
    }

    @Test
    void splitsTheFiguresByMunicipalityAndArm() {
        held("621", "2025-05-01", 18, 5, 9);
        held("479", "2025-05-02", 10, 2, 4);

        ProjectYearFigures figures = reports.projectYear(2025, null);

        assertThat(row(figures, "621").arm()).isEqualTo(Arm.TEST);
        assertThat(row(figures, "621").municipalityName()).isEqualTo("Kolding");
        assertThat(row(figures, "621").figures()).isEqualTo(Figures.of(1, 18, 5, 9));
        assertThat(figures.byArm().get(Arm.TEST)).isEqualTo(Figures.of(1, 18, 5, 9));
        assertThat(figures.byArm().get(Arm.CONTROL)).isEqualTo(Figures.of(1, 10, 2, 4));
    }

    @Test
    void listsAnEnrolledMunicipalityWithoutActivitiesWithZeros() {
        ProjectYearFigures figures = reports.projectYear(2025, null);

        assertThat(row(figures, "479").figures()).isEqualTo(Figures.NONE);
        assertThat(row(figures, "479").figures().newParticipantShare()).isNull();
    }

    @Test
    void aMunicipalityNotEnrolledThatYearHasNoArmButCountsInTheTotal() {
        held("101", "2025-05-01", 7, 1, 2);

        ProjectYearFigures figures = reports.projectYear(2025, null);

        assertThat(row(figures, "101").arm()).isNull();
        assertThat(figures.totals().participants()).isEqualTo(7);
        assertThat(figures.byArm().get(Arm.TEST)).isEqualTo(Figures.NONE);
    }

    @Test
    void aScopeLeavesOtherMunicipalitiesOutOfRowsAndTotals() {
        held("621", "2025-05-01", 18, 5, 9);
        held("479", "2025-05-02", 10, 2, 4);

        ProjectYearFigures figures = reports.projectYear(2025, Set.of("479"));

        assertThat(figures.byMunicipality())
                .extracting(MunicipalityFigures::municipalityCode)
                .containsExactly("479");
        assertThat(figures.totals()).isEqualTo(Figures.of(1, 10, 2, 4));
    }

    @Test
    void summarisesEvaluationsByHeardViaAndWouldJoinAgain() {
        ActivityId id = held("621", "2025-05-01", 18, 5, 9);
        projection.on(
                new EvaluationSubmitted(id, UUID.randomUUID(), "621", Set.of(HeardVia.CENTRE, HeardVia.FRIEND), true));
        projection.on(new EvaluationSubmitted(id, UUID.randomUUID(), "621", Set.of(HeardVia.CENTRE), false));
        projection.on(new EvaluationSubmitted(id, UUID.randomUUID(), "621", Set.of(), null));
        projection.on(new EvaluationSubmitted(id, UUID.randomUUID(), "621", Set.of(HeardVia.SUPPORT_WORKER), true));

        EvaluationSummary summary = reports.evaluations(2025, null);

        assertThat(summary.evaluations()).isEqualTo(4);
        assertThat(summary.heardVia())
                .containsEntry("CENTRE", 2L)
                .containsEntry("FRIEND", 1L)
                .containsEntry("SUPPORT_WORKER", 1L)
                .containsEntry("SOCIAL_MEDIA", 0L);
        assertThat(summary.wouldJoinAgain())
                .isEqualTo(new EvaluationSummary.WouldJoinAgain(2L, 1L, 1L, new BigDecimal("0.6667")));
        assertThat(summary.byMunicipality()).singleElement().satisfies(m -> assertThat(m.evaluations())
                .isEqualTo(4));
    }

    @Test
    void resetEmptiesEveryReportTable() {
        held("621", "2025-05-01", 18, 5, 9);

        new ProjectYearProjection(writes).reset();

        assertThat(reports.hasYear(2025)).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM reporting_activity_fact")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
