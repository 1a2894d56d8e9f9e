package dk.samvaer.web.pages;

import dk.samvaer.activities.api.HeardVia;
import dk.samvaer.kernel.Denmark;
import dk.samvaer.kernel.NotFound;
import dk.samvaer.kernel.security.Caller;
import dk.samvaer.kernel.security.Roles;
import dk.samvaer.kernel.web.Table;
import dk.samvaer.programme.api.Arm;
import dk.samvaer.reporting.api.BuddyReport;
import dk.samvaer.reporting.api.EvaluationSummary;
import dk.samvaer.reporting.api.Figures;
import dk.samvaer.reporting.api.MunicipalityFigures;
import dk.samvaer.reporting.api.ProjectYearFigures;
import dk.samvaer.reporting.api.ReferralReport;
import dk.samvaer.reporting.api.ReportTables;
import dk.samvaer.reporting.api.Reports;
import dk.samvaer.reporting.api.StrandsReport;
import dk.samvaer.reporting.api.TrendReport;
import dk.samvaer.web.dashboard.BarChart;
import dk.samvaer.web.dashboard.LineChart;
import dk.samvaer.web.dashboard.PracticeMatrix;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The leaders' dashboard: a project year's figures for the municipalities the person may see (all for an admin), as
 * bar charts with their numbers in tables beside them, and every report as CSV and as an Excel workbook. The figures
 * come from {@link Reports}, as the API's do, so the page, the downloads and the API publish the same numbers.
 */
@Controller
@RequestMapping("/oversigt")
@RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.CENTRE_STAFF, Roles.AUDITOR})
class DashboardPages {

    private static final List<String> PEOPLE = List.of("participants", "newParticipants", "formerlyHomeless");
    private static final List<String> SHARES = List.of("newParticipantShare", "formerlyHomelessShare");
    private static final List<String> FUNNEL = List.of("made", "accepted", "arrived", "declined", "expired");

    private final Reports reports;
    private final MessageSource messages;

    DashboardPages(Reports reports, MessageSource messages) {
        this.reports = reports;
        this.messages = messages;
    }

    @GetMapping
    String dashboard(
            @RequestParam(name = "aar", required = false) Integer year,
            @RequestParam(name = "kommune", required = false) String municipalityCode,
            Model model) {
        String code = municipality(municipalityCode);
        List<Integer> years = reports.years();
        if (years.isEmpty()) {
            return "dashboard/empty";
        }
        int shown = year(year, years);
        StrandsReport everyone = reports.strands(shown, null, null);
        ProjectYearFigures table2 = reports.projectYear(shown, code, null);
        StrandsReport table1 = code == null ? everyone : reports.strands(shown, code, null);
        EvaluationSummary evaluations = reports.evaluations(shown, code, null);
        BuddyReport buddies = reports.buddies(shown, code, null);
        LocalDate from = LocalDate.of(shown, 1, 1);
        LocalDate to = LocalDate.of(shown, 12, 31);
        ReferralReport referrals = reports.referrals(code, from, to, null);

        model.addAttribute("years", years);
        model.addAttribute("year", shown);
        model.addAttribute("municipalityCode", code);
        model.addAttribute("municipalities", everyone.municipalities());
        model.addAttribute("table2", table2);
        model.addAttribute("table1", table1);
        model.addAttribute("evaluations", evaluations);
        model.addAttribute("collaboration", reports.collaboration(shown, code, null));
        model.addAttribute("buddies", buddies);
        model.addAttribute("escorts", reports.escorts(code, from, to, null));
        model.addAttribute("referrals", referrals);
        model.addAttribute("practices", PracticeMatrix.of(reports.selfAssessments(code)));
        model.addAttribute("heardVia", HeardVia.values());
        model.addAttribute("charts", charts(table2, evaluations, buddies, referrals));
        model.addAttribute("comparison", reports.comparison(shown, code));
        TrendReport trends = reports.trends(code, null, null, null);
        model.addAttribute("trends", trends);
        model.addAttribute("trendCharts", trendCharts(trends));
        return "dashboard/index";
    }

    /** A report of the dashboard as {@code .csv} or {@code .xlsx}, with the dashboard's year and municipality. */
    @GetMapping("/{report:[a-z]+}.{format:csv|xlsx}")
    ResponseEntity<Table> download(
            @PathVariable String report,
            @PathVariable String format,
            @RequestParam(name = "aar", required = false) Integer year,
            @RequestParam(name = "kommune", required = false) String municipalityCode) {
        String code = municipality(municipalityCode);
        int shown = year(year, reports.years());
        LocalDate from = LocalDate.of(shown, 1, 1);
        LocalDate to = LocalDate.of(shown, 12, 31);
        Map<String, Function<Integer, Table>> downloads = Map.of(
                "projektaar", y -> ReportTables.projectYear(reports.projectYear(y, code, null)),
                "indsatser", y -> ReportTables.strands(reports.strands(y, code, null)),
                "evalueringer", y -> ReportTables.evaluations(reports.evaluations(y, code, null)),
                "samarbejde", y -> ReportTables.collaboration(reports.collaboration(y, code, null)),
                "buddyer", y -> ReportTables.buddies(reports.buddies(y, code, null)),
                "ledsagelser", y -> ReportTables.escorts(reports.escorts(code, from, to, null)),
                "henvisninger", y -> ReportTables.referrals(reports.referrals(code, from, to, null)),
                "selvevalueringer", y -> ReportTables.selfAssessments(reports.selfAssessments(code)),
                "udvikling", y -> ReportTables.trends(reports.trends(code, null, null, null)),
                "sammenligning", y -> ReportTables.comparison(reports.comparison(y, code)));
        Function<Integer, Table> download = downloads.get(report);
        if (download == null) {
            throw new NotFound("No report " + report + ".");
        }
        Table table = download.apply(shown);
        return Downloads.of(table, format);
    }

    /** The municipality asked for, which the person must see (the API would answer an empty report); or all. */
    private static String municipality(String asked) {
        if (asked == null || asked.isBlank()) {
            return null;
        }
        Caller.current().requireSees(asked, "The municipality's figures");
        return asked;
    }

    /** The year asked for, which must be one with figures; otherwise this year, or the latest with figures. */
    private static int year(Integer asked, List<Integer> years) {
        if (asked != null) {
            if (!years.contains(asked)) {
                throw new NotFound("No figures for " + asked + ".");
            }
            return asked;
        }
        if (years.isEmpty()) {
            throw new NotFound("No figures yet.");
        }
        int now = LocalDate.now(Denmark.ZONE).getYear();
        return years.contains(now) ? now : years.get(0);
    }

    private Map<String, BarChart> charts(
            ProjectYearFigures table2, EvaluationSummary evaluations, BuddyReport buddies, ReferralReport referrals) {
        List<Labelled<Figures>> municipalities = new ArrayList<>();
        for (MunicipalityFigures m : table2.byMunicipality()) {
            municipalities.add(new Labelled<>(m.municipalityName(), m.figures()));
        }
        List<Labelled<Figures>> arms = new ArrayList<>();
        table2.byArm().forEach((arm, figures) -> arms.add(new Labelled<>(text("arm." + arm.name()), figures)));
        List<Labelled<Figures>> both = new ArrayList<>(municipalities);
        both.addAll(arms);
        List<Function<Labelled<Figures>, Long>> people =
                List.of(l -> l.value().participants(), l -> l.value().newParticipants(), l -> l.value()
                        .formerlyHomeless());
        List<Function<Labelled<Figures>, BigDecimal>> shares =
                List.of(l -> l.value().newParticipantShare(), l -> l.value().formerlyHomelessShare());
        return Map.of(
                "people", BarChart.counts("people", municipalities, Labelled::label, PEOPLE, people),
                "peopleByArm", BarChart.counts("peopleByArm", arms, Labelled::label, PEOPLE, people),
                "shares", BarChart.shares("shares", both, Labelled::label, SHARES, shares),
                "heardVia",
                        BarChart.counts(
                                "heardVia",
                                Arrays.asList(HeardVia.values()),
                                answer -> text("heardVia." + answer.name()),
                                List.of("evaluations"),
                                List.of(answer -> evaluations.heardVia().get(answer.name()))),
                "wouldJoinAgain",
                        BarChart.shares(
                                "wouldJoinAgain",
                                evaluations.byMunicipality(),
                                EvaluationSummary.MunicipalityEvaluations::municipalityName,
                                List.of("wouldJoinAgainRate"),
                                List.of(m -> m.wouldJoinAgain().rate())),
                "welcomes",
                        BarChart.counts(
                                "welcomes",
                                IntStream.rangeClosed(1, 12).boxed().toList(),
                                month -> text("month." + month),
                                List.of("welcomes"),
                                List.of(month -> welcomesIn(buddies, month - 1))),
                "funnel",
                        BarChart.counts(
                                "funnel",
                                FUNNEL,
                                stage -> text("series." + stage),
                                List.of("referrals"),
                                List.of(stage -> funnel(referrals, stage))));
    }

    /**
     * The year-on-year line charts: participants, new participants and formerly homeless, then the two shares, with a
     * line per arm that held activities in the years shown (each arm in its colour) and a line for the total, unless
     * it would only cover the one arm's line (a municipality enrolled in the same arm every year).
     */
    private List<LineChart> trendCharts(TrendReport trends) {
        List<Arm> arms = Arrays.stream(Arm.values())
                .filter(arm -> trends.years().stream()
                        .anyMatch(year -> year.byArm().get(arm).activitiesHeld() > 0))
                .toList();
        boolean total = arms.size() != 1
                || trends.years().stream()
                        .anyMatch(year -> !year.totals().equals(year.byArm().get(arms.get(0))));
        Function<TrendReport.Year, String> year = y -> String.valueOf(y.year());
        return List.of(
                LineChart.counts("trendParticipants", trends.years(), year, lines(arms, total, Figures::participants)),
                LineChart.counts(
                        "trendNewParticipants", trends.years(), year, lines(arms, total, Figures::newParticipants)),
                LineChart.counts(
                        "trendFormerlyHomeless", trends.years(), year, lines(arms, total, Figures::formerlyHomeless)),
                LineChart.shares(
                        "trendNewParticipantShare",
                        trends.years(),
                        year,
                        lines(arms, total, Figures::newParticipantShare)),
                LineChart.shares(
                        "trendFormerlyHomelessShare",
                        trends.years(),
                        year,
                        lines(arms, total, Figures::formerlyHomelessShare)));
    }

    /** The lines of one figure: one per arm, named and coloured after it, then the total in the colour after them. */
    private <V> List<LineChart.Series<TrendReport.Year, V>> lines(
            List<Arm> arms, boolean total, Function<Figures, V> figure) {
        List<LineChart.Series<TrendReport.Year, V>> lines = new ArrayList<>();
        for (Arm arm : arms) {
            lines.add(new LineChart.Series<>(
                    text("arm." + arm.name()),
                    arm.ordinal(),
                    y -> figure.apply(y.byArm().get(arm))));
        }
        if (total) {
            lines.add(new LineChart.Series<>(
                    text("dashboard.total"), Arm.values().length, y -> figure.apply(y.totals())));
        }
        return lines;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    /** The welcomes in a month over every centre shown; suppressed when any centre's figure for it is. */
    private static Long welcomesIn(BuddyReport buddies, int month) {
        long sum = 0;
        for (BuddyReport.CentreBuddies centre : buddies.centres()) {
            Long welcomes = centre.welcomesPerMonth() == null
                    ? null
                    : centre.welcomesPerMonth().get(month);
            if (welcomes == null) {
                return null;
            }
            sum += welcomes;
        }
        return sum;
    }

    private static Long funnel(ReferralReport referrals, String stage) {
        return switch (stage) {
            case "made" -> referrals.made();
            case "accepted" -> referrals.accepted();
            case "arrived" -> referrals.arrived();
            case "declined" -> referrals.declined();
            default -> referrals.expired();
        };
    }

    /** A value with the label it has on a chart. */
    private record Labelled<T>(String label, T value) {}
}
