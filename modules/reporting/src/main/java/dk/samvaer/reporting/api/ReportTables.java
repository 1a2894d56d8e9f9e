package dk.samvaer.reporting.api;

import dk.samvaer.activities.api.HeardVia;
import dk.samvaer.collaboration.api.BestPractice;
import dk.samvaer.kernel.web.Table;
import dk.samvaer.programme.api.Arm;
import dk.samvaer.reporting.disclosure.Cells;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Every report as a table, for CSV and Excel alike and for the API and the pages alike. Figures are read by the JSON
 * pointers of the (possibly suppressed) report through {@link Cells}, so a table cannot disagree with the report's
 * JSON; a column's name is the figure's JSON name wherever the two can be the same.
 */
public final class ReportTables {

    private static final String[] FIGURES = {
        "activitiesHeld",
        "participants",
        "newParticipants",
        "formerlyHomeless",
        "newParticipantShare",
        "formerlyHomelessShare"
    };

    private static final String[] EVALUATION_FIGURES = Stream.of(
                    Stream.of("evaluations"),
                    heardVia("heardVia"),
                    Stream.of(
                            "wouldJoinAgain/yes",
                            "wouldJoinAgain/no",
                            "wouldJoinAgain/unanswered",
                            "wouldJoinAgain/rate"))
            .flatMap(figures -> figures)
            .toArray(String[]::new);

    private static final String[] STRAND_FIGURES = {
        "municipalityCode",
        "municipalityName",
        "arm",
        "collaborationMeetingsHeld",
        "networkMeetingsAttended",
        "buddyCourseHeld",
        "buddiesTrained",
        "activitiesHeld"
    };

    /** A centre's buddy figures whose JSON names are their column names. */
    private static final String[] BUDDY_FIELDS = {
        "municipalityCode",
        "centreId",
        "centreName",
        "activeBuddies",
        "buddiesTrained",
        "supervisionSessions",
        "welcomes",
        "welcomesByBuddies",
        "welcomesByStaff"
    };

    /** Those, then the twelve months' welcomes (JSON: a list from January; table: welcomesMonth1 to 12). */
    private static final String[] BUDDY_FIGURES = Stream.concat(
                    Arrays.stream(BUDDY_FIELDS), IntStream.range(0, 12).mapToObj(month -> "welcomesPerMonth/" + month))
            .toArray(String[]::new);

    private static final String[] FUNNEL = {"made", "accepted", "arrived", "declined", "expired", "medianDaysToArrival"
    };

    private static final String[] VISIBILITY_FIGURES = Stream.concat(
                    Stream.of(
                            "municipalityCode",
                            "centreId",
                            "centreName",
                            "visibilityActions/POSTER",
                            "visibilityActions/SOCIAL_MEDIA_POST",
                            "visibilityActions/OPEN_HOUSE",
                            "visibilityActions/DROP_IN_CENTRES_DAY",
                            "escorts",
                            "referrals",
                            "evaluations"),
                    heardVia("evaluationsHeardVia"))
            .toArray(String[]::new);

    private ReportTables() {}

    /**
     * The figures of the heard-via answers in a map of the report's JSON ({@code heardVia/CENTRE}, ...), in the order
     * of {@link HeardVia}: the map's keys are the answers' names.
     */
    private static Stream<String> heardVia(String map) {
        return Arrays.stream(HeardVia.values()).map(answer -> map + "/" + answer.name());
    }

    /**
     * Their columns, in the same order: {@code heardVia} and the answer in camel case ({@code heardViaCentre}, {@code
     * heardViaSocialMedia}); the one rule that names them, so a new answer needs no change here.
     */
    private static Stream<String> heardViaColumns() {
        return Arrays.stream(HeardVia.values())
                .map(answer -> "heardVia"
                        + Arrays.stream(answer.name().split("_"))
                                .map(word -> word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT))
                                .collect(Collectors.joining()));
    }

    /** Table 2: one row per municipality, per arm and the total. */
    public static Table projectYear(ProjectYearFigures figures) {
        return projectYear(figures, "projektaar-" + figures.year());
    }

    /** Table 2 under another name (the figures as they stood at an instant). */
    public static Table projectYear(ProjectYearFigures figures, String name) {
        Table table = Table.named(
                name, Cells.header(List.of("year", "scope", "municipalityCode", "municipalityName", "arm"), FIGURES));
        Cells cells = Cells.of(figures);
        int year = figures.year();
        for (int i = 0; i < figures.byMunicipality().size(); i++) {
            MunicipalityFigures m = figures.byMunicipality().get(i);
            table.row(cells.row(year, "MUNICIPALITY", m.municipalityCode(), m.municipalityName(), m.arm())
                    .from("/byMunicipality/" + i, FIGURES));
        }
        for (Arm arm : figures.byArm().keySet()) {
            table.row(cells.row(year, "ARM", null, null, arm).from("/byArm/" + arm.name(), FIGURES));
        }
        table.row(cells.row(year, "TOTAL", null, null, null).from("", FIGURES));
        return table;
    }

    /** The participants' evaluations: one row per municipality and the total. */
    public static Table evaluations(EvaluationSummary summary) {
        Table table = Table.named(
                "evalueringer-" + summary.year(),
                Stream.of(
                                Stream.of("year", "scope", "municipalityCode", "municipalityName", "evaluations"),
                                heardViaColumns(),
                                Stream.of(
                                        "wouldJoinAgainYes",
                                        "wouldJoinAgainNo",
                                        "wouldJoinAgainUnanswered",
                                        "wouldJoinAgainRate"))
                        .flatMap(columns -> columns)
                        .toArray(String[]::new));
        Cells cells = Cells.of(summary);
        int year = summary.year();
        for (int i = 0; i < summary.byMunicipality().size(); i++) {
            EvaluationSummary.MunicipalityEvaluations m =
                    summary.byMunicipality().get(i);
            table.row(cells.row(year, "MUNICIPALITY", m.municipalityCode(), m.municipalityName())
                    .from("/byMunicipality/" + i, EVALUATION_FIGURES));
        }
        table.row(cells.row(year, "TOTAL", null, null).from("", EVALUATION_FIGURES));
        return table;
    }

    /** The figures of the comparison of arms, in the order of their JSON. */
    private static final List<String> COMPARISON_FIGURES = List.of(
            "participantsPerActivity",
            "newParticipantsPerActivity",
            "formerlyHomelessPerActivity",
            "newShare",
            "formerlyHomelessShare",
            "wouldJoinAgainRate");

    /**
     * The comparison of arms, one row per group and figure: each arm's, the difference test − control (scope
     * DIFFERENCE), then each municipality's; the figure is its JSON name ({@code heardVia/CENTRE} for a heard-via
     * share).
     */
    public static Table comparison(ComparisonReport report) {
        Table table = Table.named(
                "sammenligning-" + report.year(),
                "year",
                "scope",
                "municipalityCode",
                "municipalityName",
                "arm",
                "activities",
                "figure",
                "estimate",
                "ci95Low",
                "ci95High",
                "pValue",
                "method",
                "reason");
        for (Arm arm : Arm.values()) {
            comparisonRows(
                    table, report.year(), "ARM", null, null, arm, report.arms().of(arm));
        }
        ComparisonReport.ComparisonDifference difference = report.difference();
        Map<String, ComparisonReport.DifferenceEstimate> differences = new LinkedHashMap<>();
        differences.put(COMPARISON_FIGURES.get(0), difference.participantsPerActivity());
        differences.put(COMPARISON_FIGURES.get(1), difference.newParticipantsPerActivity());
        differences.put(COMPARISON_FIGURES.get(2), difference.formerlyHomelessPerActivity());
        differences.put(COMPARISON_FIGURES.get(3), difference.newShare());
        differences.put(COMPARISON_FIGURES.get(4), difference.formerlyHomelessShare());
        differences.put(COMPARISON_FIGURES.get(5), difference.wouldJoinAgainRate());
        difference.heardVia().forEach((answer, estimate) -> differences.put("heardVia/" + answer, estimate));
        differences.forEach((figure, d) -> table.row(
                report.year(),
                "DIFFERENCE",
                null,
                null,
                null,
                null,
                figure,
                d.estimate(),
                low(d.ci95()),
                high(d.ci95()),
                d.pValue(),
                d.method(),
                d.reason()));
        for (ComparisonReport.MunicipalityComparison m : report.byMunicipality()) {
            comparisonRows(
                    table,
                    report.year(),
                    "MUNICIPALITY",
                    m.municipalityCode(),
                    m.municipalityName(),
                    m.arm(),
                    m.figures());
        }
        return table;
    }

    private static void comparisonRows(
            Table table,
            int year,
            String scope,
            String municipalityCode,
            String municipalityName,
            Arm arm,
            ComparisonReport.ComparisonFigures figures) {
        Map<String, ComparisonReport.IntervalEstimate> estimates = new LinkedHashMap<>();
        estimates.put(COMPARISON_FIGURES.get(0), figures.participantsPerActivity());
        estimates.put(COMPARISON_FIGURES.get(1), figures.newParticipantsPerActivity());
        estimates.put(COMPARISON_FIGURES.get(2), figures.formerlyHomelessPerActivity());
        estimates.put(COMPARISON_FIGURES.get(3), figures.newShare());
        estimates.put(COMPARISON_FIGURES.get(4), figures.formerlyHomelessShare());
        estimates.put(COMPARISON_FIGURES.get(5), figures.wouldJoinAgainRate());
        figures.heardVia().forEach((answer, estimate) -> estimates.put("heardVia/" + answer, estimate));
        estimates.forEach((figure, e) -> table.row(
                year,
                scope,
                municipalityCode,
                municipalityName,
                arm,
                figures.activities(),
                figure,
                e.estimate(),
                low(e.ci95()),
                high(e.ci95()),
                null,
                e.method(),
                e.reason()));
    }

    private static Object low(List<BigDecimal> interval) {
        return interval == null ? null : interval.get(0);
    }

    private static Object high(List<BigDecimal> interval) {
        return interval == null ? null : interval.get(1);
    }

    /** Table 1, one row per municipality; activity titles separated by {@code "; "}. */
    public static Table strands(StrandsReport report) {
        Table table = Table.named(
                "indsatser-" + report.year(),
                Cells.header(
                        List.of("year"),
                        Stream.concat(Arrays.stream(STRAND_FIGURES), Stream.of("activityTitles"))
                                .toArray(String[]::new)));
        Cells cells = Cells.of(report);
        for (int i = 0; i < report.municipalities().size(); i++) {
            Object[] row = cells.row(report.year()).from("/municipalities/" + i, STRAND_FIGURES);
            Object[] withTitles = Arrays.copyOf(row, row.length + 1);
            withTitles[row.length] =
                    String.join("; ", report.municipalities().get(i).activityTitles());
            table.row(withTitles);
        }
        return table;
    }

    /** Collaboration meetings and follow-ups, one row per municipality. */
    public static Table collaboration(CollaborationReport report) {
        Table table = Table.named(
                "samarbejde-" + report.year(),
                "year",
                "asOf",
                "municipalityCode",
                "municipalityName",
                "arm",
                "meetingsPlanned",
                "meetingsHeld",
                "meetingsCancelled",
                "followUpsCompleted",
                "followUpsOpen",
                "followUpsOverdue");
        report.municipalities()
                .forEach(m -> table.row(
                        report.year(),
                        report.asOf(),
                        m.municipalityCode(),
                        m.municipalityName(),
                        m.arm(),
                        m.meetingsPlanned(),
                        m.meetingsHeld(),
                        m.meetingsCancelled(),
                        m.followUpsCompleted(),
                        m.followUpsOpen(),
                        m.followUpsOverdue()));
        return table;
    }

    /** Buddy figures, one row per centre, welcomes in twelve monthly columns. */
    public static Table buddies(BuddyReport report) {
        List<String> header = new ArrayList<>(List.of(Cells.header(List.of("year"), BUDDY_FIELDS)));
        for (int month = 1; month <= 12; month++) {
            header.add("welcomesMonth" + month);
        }
        Table table = Table.named("buddyer-" + report.year(), header.toArray(String[]::new));
        Cells cells = Cells.of(report);
        for (int i = 0; i < report.centres().size(); i++) {
            table.row(cells.row(report.year()).from("/centres/" + i, BUDDY_FIGURES));
        }
        return table;
    }

    /** The latest self-assessments, one row per subject and practice, with the previous status. */
    public static Table selfAssessments(SelfAssessmentReport report) {
        Table table = Table.named(
                "selvevalueringer",
                "municipalityCode",
                "municipalityName",
                "centreId",
                "assessedOn",
                "practice",
                "status",
                "previousAssessedOn",
                "previousStatus",
                "changed");
        for (SelfAssessmentReport.Subject subject : report.subjects()) {
            for (BestPractice practice : BestPractice.values()) {
                var change = subject.changes().stream()
                        .filter(c -> c.practice() == practice)
                        .findFirst();
                Object previous = subject.previousAssessedOn() == null
                        ? null
                        : change.map(c -> (Object) c.from())
                                .orElse(subject.practices().get(practice));
                table.row(
                        subject.municipalityCode(),
                        subject.municipalityName(),
                        Objects.toString(subject.centreId(), ""),
                        subject.assessedOn(),
                        practice,
                        subject.practices().get(practice),
                        subject.previousAssessedOn(),
                        previous,
                        change.isPresent());
            }
        }
        return table;
    }

    /** Escorts per centre with a total row. */
    public static Table escorts(EscortReport report) {
        Table table = Table.named(
                "ledsagelser" + period(report.from(), report.to()),
                "scope",
                "municipalityCode",
                "centreId",
                "centreName",
                "escorts",
                "firstEscorts",
                "uniqueCitizens");
        Cells cells = Cells.of(report);
        for (int i = 0; i < report.byCentre().size(); i++) {
            table.row(cells.row("CENTRE")
                    .from(
                            "/byCentre/" + i,
                            "municipalityCode",
                            "centreId",
                            "centreName",
                            "escorts",
                            "firstEscorts",
                            null));
        }
        table.row(cells.row("TOTAL", null, null, null).from("", "escorts", "firstEscorts", "uniqueCitizens"));
        return table;
    }

    /** The referral funnel per municipality and in total. */
    public static Table referrals(ReferralReport report) {
        Table table = Table.named(
                "henvisninger" + period(report.from(), report.to()),
                Cells.header(List.of("scope", "municipalityCode", "municipalityName"), FUNNEL));
        Cells cells = Cells.of(report);
        for (int i = 0; i < report.byMunicipality().size(); i++) {
            ReferralReport.Municipality m = report.byMunicipality().get(i);
            table.row(cells.row("MUNICIPALITY", m.municipalityCode(), m.municipalityName())
                    .from("/byMunicipality/" + i, FUNNEL));
        }
        table.row(cells.row("TOTAL", null, null).from("", FUNNEL));
        return table;
    }

    /** Visibility and outreach per centre. */
    public static Table visibility(VisibilityReport report) {
        Table table = Table.named(
                "synlighed" + period(report.from(), report.to()),
                Stream.concat(
                                Stream.of(
                                        "municipalityCode",
                                        "centreId",
                                        "centreName",
                                        "posters",
                                        "socialMediaPosts",
                                        "openHouses",
                                        "dropInCentresDays",
                                        "escorts",
                                        "referrals",
                                        "evaluations"),
                                heardViaColumns())
                        .toArray(String[]::new));
        Cells cells = Cells.of(report);
        for (int i = 0; i < report.centres().size(); i++) {
            table.row(cells.row().from("/centres/" + i, VISIBILITY_FIGURES));
        }
        return table;
    }

    /** Table 2 year by year: for each year one row per arm, then the year's total. */
    public static Table trends(TrendReport report) {
        Table table = Table.named(
                "udvikling" + (report.from() == null ? "" : "-" + report.from() + "-" + report.to()),
                Cells.header(List.of("year", "scope", "arm"), FIGURES));
        Cells cells = Cells.of(report);
        for (int i = 0; i < report.years().size(); i++) {
            TrendReport.Year year = report.years().get(i);
            for (Arm arm : year.byArm().keySet()) {
                table.row(cells.row(year.year(), "ARM", arm).from("/years/" + i + "/byArm/" + arm.name(), FIGURES));
            }
            table.row(cells.row(year.year(), "TOTAL", null).from("/years/" + i, FIGURES));
        }
        return table;
    }

    private static String period(LocalDate from, LocalDate to) {
        return (from == null ? "" : "-fra-" + from) + (to == null ? "" : "-til-" + to);
    }
}
