package dk.samvaer.reporting.query;

import dk.samvaer.activities.api.HeardVia;
import dk.samvaer.programme.api.Arm;
import dk.samvaer.programme.api.Municipalities;
import dk.samvaer.reporting.api.ComparisonReport;
import dk.samvaer.reporting.api.ComparisonReport.ComparisonArms;
import dk.samvaer.reporting.api.ComparisonReport.ComparisonDifference;
import dk.samvaer.reporting.api.ComparisonReport.ComparisonFigures;
import dk.samvaer.reporting.api.ComparisonReport.DifferenceEstimate;
import dk.samvaer.reporting.api.ComparisonReport.IntervalEstimate;
import dk.samvaer.reporting.api.ComparisonReport.MunicipalityComparison;
import dk.samvaer.reporting.api.EvaluationSummary;
import dk.samvaer.reporting.api.MunicipalityFigures;
import dk.samvaer.reporting.statistics.Estimate;
import dk.samvaer.reporting.statistics.Means;
import dk.samvaer.reporting.statistics.Proportions;
import dk.samvaer.reporting.statistics.Ratios;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The comparison of arms (docs/statistics.md) from the reporting tables: the municipalities, their arms and evaluation
 * counts as Table 2 and the evaluation summary have them ({@link ReportQueries}), and each held activity's logbook.
 * {@code scope} limits it to some municipalities ({@code null} for all), like the other reports.
 */
@Component
public class ComparisonQueries {

    private static final MathContext P_VALUE_DIGITS = new MathContext(4, RoundingMode.HALF_UP);

    private final JdbcClient jdbc;
    private final ReportQueries reports;
    private final ReportingTables tables;

    @Autowired
    public ComparisonQueries(JdbcClient jdbc, Municipalities municipalities) {
        this(jdbc, municipalities, ReportingTables.LIVE);
    }

    ComparisonQueries(JdbcClient jdbc, Municipalities municipalities, ReportingTables tables) {
        this.jdbc = jdbc;
        this.reports = new ReportQueries(jdbc, municipalities, tables);
        this.tables = tables;
    }

    public ComparisonReport comparison(int year, Set<String> scope) {
        Map<String, Group> byCode = new LinkedHashMap<>();
        // Table 2's municipalities in its order: by arm, the not enrolled last, then by name
        for (MunicipalityFigures m : reports.projectYear(year, scope).byMunicipality()) {
            byCode.put(m.municipalityCode(), new Group(m.municipalityCode(), m.municipalityName(), m.arm()));
        }
        jdbc.sql("SELECT a.municipality_code, a.participants, a.new_participants, a.formerly_homeless FROM "
                        + tables.activity() + " a WHERE a.status = 'HELD' AND a.held_year = ?"
                        + " ORDER BY a.municipality_code, a.activity_id")
                .param(year)
                .query(rs -> {
                    Group group = byCode.get(rs.getString(1));
                    if (group != null) {
                        group.activities.add(new Activity(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
                    }
                });
        for (EvaluationSummary.MunicipalityEvaluations e :
                reports.evaluations(year, scope).byMunicipality()) {
            Group group = byCode.get(e.municipalityCode());
            if (group != null) {
                group.answers = EvaluationCounts.of(e);
            }
        }
        Map<Arm, Group> arms = new EnumMap<>(Arm.class);
        for (Arm arm : Arm.values()) {
            arms.put(arm, new Group(null, null, arm));
        }
        List<MunicipalityComparison> rows = new ArrayList<>();
        for (Group group : byCode.values()) {
            rows.add(new MunicipalityComparison(group.code, group.name, group.arm, figures(group)));
            if (group.arm != null) {
                arms.get(group.arm).add(group);
            }
        }
        Group test = arms.get(Arm.TEST);
        Group control = arms.get(Arm.CONTROL);
        return new ComparisonReport(
                year, new ComparisonArms(figures(test), figures(control)), difference(test, control), rows);
    }

    private static ComparisonFigures figures(Group group) {
        Map<String, IntervalEstimate> heardVia = new LinkedHashMap<>();
        for (HeardVia answer : HeardVia.values()) {
            heardVia.put(
                    answer.name(), interval(Proportions.of(group.answers.heard(answer), group.answers.evaluations())));
        }
        return new ComparisonFigures(
                group.activities.size(),
                interval(Means.of(group.values(Activity::participants))),
                interval(Means.of(group.values(Activity::fresh))),
                interval(Means.of(group.values(Activity::formerlyHomeless))),
                interval(Ratios.of(group.values(Activity::fresh), group.values(Activity::participants))),
                interval(Ratios.of(group.values(Activity::formerlyHomeless), group.values(Activity::participants))),
                interval(Proportions.of(group.answers.yes(), group.answers.yes() + group.answers.no())),
                heardVia);
    }

    private static ComparisonDifference difference(Group test, Group control) {
        Comparing compare = new Comparing(test, control);
        Map<String, DifferenceEstimate> heardVia = new LinkedHashMap<>();
        for (HeardVia answer : HeardVia.values()) {
            heardVia.put(
                    answer.name(),
                    compare.by(
                            g -> Proportions.of(g.answers.heard(answer), g.answers.evaluations()),
                            () -> Proportions.difference(
                                    test.answers.heard(answer),
                                    test.answers.evaluations(),
                                    control.answers.heard(answer),
                                    control.answers.evaluations())));
        }
        return new ComparisonDifference(
                compare.means(Activity::participants),
                compare.means(Activity::fresh),
                compare.means(Activity::formerlyHomeless),
                compare.shares(Activity::fresh),
                compare.shares(Activity::formerlyHomeless),
                compare.by(
                        g -> Proportions.of(g.answers.yes(), g.answers.yes() + g.answers.no()),
                        () -> Proportions.difference(
                                test.answers.yes(),
                                test.answers.yes() + test.answers.no(),
                                control.answers.yes(),
                                control.answers.yes() + control.answers.no())),
                heardVia);
    }

    /** test − control, or none with the reason where an arm cannot be estimated. */
    private record Comparing(Group test, Group control) {

        DifferenceEstimate means(ToDoubleFunction<Activity> figure) {
            return by(
                    g -> Means.of(g.values(figure)),
                    () -> Means.difference(test.values(figure), control.values(figure)));
        }

        DifferenceEstimate shares(ToDoubleFunction<Activity> part) {
            return by(
                    g -> Ratios.of(g.values(part), g.values(Activity::participants)),
                    () -> Ratios.difference(
                            test.values(part),
                            test.values(Activity::participants),
                            control.values(part),
                            control.values(Activity::participants)));
        }

        DifferenceEstimate by(Function<Group, Estimate> each, Supplier<Estimate> difference) {
            Estimate result = difference.get();
            for (Group arm : List.of(test, control)) {
                Estimate alone = each.apply(arm);
                if (!alone.estimable()) {
                    return differenceOf(Estimate.none(
                            result.method(),
                            "No comparison without an estimate for the " + arm.arm + " arm. " + alone.reason()));
                }
            }
            return differenceOf(result);
        }
    }

    private static IntervalEstimate interval(Estimate estimate) {
        return new IntervalEstimate(
                rounded(estimate.value()), bounds(estimate), estimate.method().label(), estimate.reason());
    }

    private static DifferenceEstimate differenceOf(Estimate estimate) {
        return new DifferenceEstimate(
                rounded(estimate.value()),
                bounds(estimate),
                estimate.pValue() == null
                        ? null
                        : BigDecimal.valueOf(estimate.pValue()).round(P_VALUE_DIGITS),
                estimate.method().label(),
                estimate.reason());
    }

    private static List<BigDecimal> bounds(Estimate estimate) {
        return estimate.ci95() == null
                ? null
                : List.of(
                        rounded(estimate.ci95().low()), rounded(estimate.ci95().high()));
    }

    /** Four decimals, half up, as the reports' shares. */
    private static BigDecimal rounded(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
    }

    /** A held activity's logbook. */
    private record Activity(long participants, long fresh, long formerlyHomeless) {}

    /** A municipality, or an arm: its held activities and evaluation answers. */
    private static final class Group {

        final String code;
        final String name;
        final Arm arm;
        final List<Activity> activities = new ArrayList<>();
        EvaluationCounts answers = EvaluationCounts.NONE;

        Group(String code, String name, Arm arm) {
            this.code = code;
            this.name = name;
            this.arm = arm;
        }

        void add(Group municipality) {
            activities.addAll(municipality.activities);
            answers = answers.plus(municipality.answers);
        }

        double[] values(ToDoubleFunction<Activity> figure) {
            return activities.stream().mapToDouble(figure).toArray();
        }
    }
}
