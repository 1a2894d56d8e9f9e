package dk.samvaer.reporting.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvaer.programme.api.Arm;
import dk.samvaer.reporting.api.BuddyReport;
import dk.samvaer.reporting.api.EscortReport;
import dk.samvaer.reporting.api.Figures;
import dk.samvaer.reporting.api.MunicipalityFigures;
import dk.samvaer.reporting.api.ProjectYearFigures;
import dk.samvaer.reporting.api.Suppression;
import dk.samvaer.reporting.api.TrendReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SmallCellsTest {

    private static final UUID LARGE = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID SMALL = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID MIDDLE = UUID.fromString("00000000-0000-0000-0000-00000000000c");

    @Test
    void aCountOfPeopleFromOneToBelowTheThresholdIsSuppressedAndListed() {
        EscortReport published = SmallCells.suppress(escorts(centre(LARGE, 12, 12), centre(SMALL, 3, 3)), 5);

        assertThat(published.byCentre().get(1).escorts()).isNull();
        assertThat(published.suppression().suppressedBelow()).isEqualTo(5);
        assertThat(published.suppression().suppressed()).contains("/byCentre/1/escorts", "/byCentre/1/firstEscorts");
    }

    @Test
    void zeroAndTheThresholdItselfArePublished() {
        EscortReport published = SmallCells.suppress(escorts(centre(LARGE, 5, 0), centre(MIDDLE, 5, 0)), 5);

        assertThat(published.byCentre())
                .extracting(EscortReport.Centre::escorts, EscortReport.Centre::firstEscorts)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(5L, 0L));
        assertThat(published.suppression().suppressed()).isEmpty();
    }

    @Test
    void aCountOfThingsIsNeverSuppressed() {
        ProjectYearFigures published = SmallCells.suppress(projectYear(municipality("621", Arm.TEST, 2, 1)), 5);

        assertThat(published.byMunicipality().get(0).figures().activitiesHeld()).isEqualTo(2);
        assertThat(published.byMunicipality().get(0).figures().participants()).isNull();
    }

    @Test
    void aShareWorkedOutFromASuppressedCountIsSuppressed() {
        ProjectYearFigures published = SmallCells.suppress(projectYear(municipality("621", Arm.TEST, 3, 40)), 5);

        Figures kolding = published.byMunicipality().get(0).figures();
        assertThat(kolding.participants()).isEqualTo(40);
        assertThat(kolding.newParticipants()).isNull();
        assertThat(kolding.newParticipantShare()).isNull();
        assertThat(kolding.formerlyHomelessShare()).isEqualTo(new BigDecimal("0.5000"));
    }

    @Test
    void aTotalWithOneSmallPartLosesItsNextSmallestPartToo() {
        EscortReport published =
                SmallCells.suppress(escorts(centre(LARGE, 20, 20), centre(SMALL, 3, 3), centre(MIDDLE, 7, 7)), 5);

        assertThat(published.escorts()).isEqualTo(30);
        assertThat(published.byCentre())
                .extracting(EscortReport.Centre::escorts)
                .containsExactly(20L, null, null);
    }

    @Test
    void aSuppressedPartCannotBeWorkedOutFromAnyTotalItIsPartOf() {
        // Kolding (TEST) and Aarhus (CONTROL) are large; Vejle (CONTROL) is small: the CONTROL arm less Aarhus
        // would give Vejle away, as would the total less everyone else
        ProjectYearFigures published = SmallCells.suppress(
                projectYear(
                        municipality("621", Arm.TEST, 20, 60),
                        municipality("751", Arm.CONTROL, 20, 50),
                        municipality("630", Arm.CONTROL, 1, 3)),
                5);

        for (String figure : List.of("participants", "newParticipants")) {
            List<Object> municipalities = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                municipalities.add(RecordTree.at(published, "/byMunicipality/" + i + "/" + figure));
            }
            Object control = RecordTree.at(published, "/byArm/CONTROL/" + figure);
            Object test = RecordTree.at(published, "/byArm/TEST/" + figure);
            Object total = RecordTree.at(published, "/" + figure);
            assertThat(nulls(municipalities.get(1), municipalities.get(2), control))
                    .as("CONTROL arm, " + figure)
                    .isNotEqualTo(1);
            assertThat(nulls(municipalities.get(0), municipalities.get(1), municipalities.get(2), total))
                    .as("total by municipality, " + figure)
                    .isNotEqualTo(1);
            assertThat(nulls(test, control, total))
                    .as("total by arm, " + figure)
                    .isNotEqualTo(1);
        }
    }

    @Test
    void welcomesPerMonthAreProtectedAgainstTheYearsWelcomes() {
        List<Long> months = new ArrayList<>(List.of(0L, 0L, 6L, 0L, 0L, 2L, 0L, 9L, 0L, 0L, 0L, 0L));
        BuddyReport report = new BuddyReport(
                2025,
                List.of(new BuddyReport.CentreBuddies(LARGE, "Café Ly", "621", 8L, 6L, 4, 17L, 12L, 5L, months)),
                Suppression.NONE);

        BuddyReport published = SmallCells.suppress(report, 5);

        assertThat(published.centres().get(0).welcomesPerMonth())
                .containsExactly(0L, 0L, null, 0L, 0L, null, 0L, 9L, 0L, 0L, 0L, 0L);
        assertThat(published.centres().get(0).supervisionSessions()).isEqualTo(4);
    }

    @Test
    void theSuppressedFiguresAreListedInTheOrderTheyAppear() {
        EscortReport published =
                SmallCells.suppress(escorts(centre(LARGE, 20, 20), centre(SMALL, 3, 3), centre(MIDDLE, 7, 7)), 5);

        assertThat(published.suppression().suppressed())
                .containsExactly(
                        "/byCentre/1/escorts",
                        "/byCentre/1/firstEscorts",
                        "/byCentre/2/escorts",
                        "/byCentre/2/firstEscorts");
    }

    @Test
    void aThresholdBelowTwoPublishesTheReportAsItIs() {
        EscortReport report = escorts(centre(LARGE, 12, 12), centre(SMALL, 1, 1));

        assertThat(SmallCells.suppress(report, 1)).isSameAs(report);
    }

    @Test
    void theCsvCellsOfAPublishedReportMarkWhatWasSuppressed() {
        EscortReport published =
                SmallCells.suppress(escorts(centre(LARGE, 12, 12), centre(SMALL, 3, 3), centre(MIDDLE, 7, 7)), 5);

        Cells cells = Cells.of(published);

        assertThat(cells.row("CENTRE").from("/byCentre/1", "centreName", "escorts", null))
                .containsExactly("CENTRE", "Small", "..", null);
        assertThat(cells.at("/byCentre/0/escorts")).isEqualTo(12L);
    }

    @Test
    void aSmallArmOfATrendYearCannotBeWorkedOutFromTheYearsTotal() {
        Map<Arm, Figures> byArm = new LinkedHashMap<>();
        byArm.put(Arm.TEST, Figures.of(4, 60, 20, 30));
        byArm.put(Arm.CONTROL, Figures.of(1, 3, 1, 2));
        TrendReport trends = new TrendReport(
                2025,
                2025,
                null,
                List.of(new TrendReport.Year(2025, Figures.of(5, 63, 21, 32), byArm)),
                Suppression.NONE);

        TrendReport published = SmallCells.suppress(trends, 5);

        for (String figure : List.of("participants", "newParticipants", "formerlyHomeless")) {
            Object test = RecordTree.at(published, "/years/0/byArm/TEST/" + figure);
            Object control = RecordTree.at(published, "/years/0/byArm/CONTROL/" + figure);
            Object total = RecordTree.at(published, "/years/0/" + figure);
            assertThat(control).as(figure).isNull();
            assertThat(nulls(test, control, total)).as(figure).isNotEqualTo(1);
        }
    }

    private static long nulls(Object... figures) {
        return java.util.Arrays.stream(figures)
                .filter(java.util.Objects::isNull)
                .count();
    }

    private static EscortReport.Centre centre(UUID id, long escorts, long first) {
        String name = id.equals(LARGE) ? "Large" : id.equals(SMALL) ? "Small" : "Middle";
        return new EscortReport.Centre(id, name, "621", escorts, first);
    }

    /** Escorts to the centres, all in May and to the same service. */
    private static EscortReport escorts(EscortReport.Centre... centres) {
        long escorts = 0;
        long first = 0;
        for (EscortReport.Centre centre : centres) {
            escorts += centre.escorts();
            first += centre.firstEscorts();
        }
        Map<String, Long> byService = new LinkedHashMap<>();
        byService.put("JOBCENTRE", escorts);
        byService.put("HOUSING", 0L);
        return new EscortReport(
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31),
                escorts,
                first,
                first,
                dk.samvaer.kernel.Shares.of(first, escorts),
                byService,
                List.of(new EscortReport.Month("2025-05", escorts)),
                List.of(centres),
                Suppression.NONE);
    }

    /** A municipality whose activities had {@code participants}, of whom {@code newOnes} new and half formerly homeless. */
    private static MunicipalityFigures municipality(String code, Arm arm, long newOnes, long participants) {
        return new MunicipalityFigures(code, code, arm, Figures.of(2, participants, newOnes, participants / 2));
    }

    private static ProjectYearFigures projectYear(MunicipalityFigures... municipalities) {
        Figures total = Figures.NONE;
        Map<Arm, Figures> byArm = new LinkedHashMap<>();
        for (MunicipalityFigures m : municipalities) {
            total = total.plus(m.figures());
            byArm.merge(m.arm(), m.figures(), Figures::plus);
        }
        return new ProjectYearFigures(2025, total, List.of(municipalities), byArm, Suppression.NONE);
    }
}
