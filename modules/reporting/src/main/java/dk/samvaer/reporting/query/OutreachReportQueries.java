package dk.samvaer.reporting.query;

import dk.samvaer.kernel.Shares;
import dk.samvaer.kernel.readmodel.Where;
import dk.samvaer.outreach.api.Service;
import dk.samvaer.outreach.api.VisibilityKind;
import dk.samvaer.programme.api.Municipalities;
import dk.samvaer.reporting.api.EscortReport;
import dk.samvaer.reporting.api.ReferralReport;
import dk.samvaer.reporting.api.Suppression;
import dk.samvaer.reporting.api.VisibilityReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The outreach reports over a period; {@code scope} limits them to some municipalities ({@code null}: all). */
@Component
public class OutreachReportQueries {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    private final JdbcClient jdbc;
    private final Municipalities municipalities;

    public OutreachReportQueries(JdbcClient jdbc, Municipalities municipalities) {
        this.jdbc = jdbc;
        this.municipalities = municipalities;
    }

    /** The escorts of one centre, service and month in the period, and how many of them were first escorts. */
    private record EscortGroup(
            UUID centre, String municipality, String service, String month, long escorts, long first) {}

    /**
     * The escort report, read from the counts the projection keeps per centre, service and day ({@link
     * OutreachCounts}), and the distinct citizens of the period ({@link #citizens}): no escort is read.
     */
    public EscortReport escorts(Set<String> scope, LocalDate from, LocalDate to) {
        Where where = period("escorted_on", from, to).inScope("municipality_code", scope);
        List<EscortGroup> groups = where.matchesNothing()
                ? List.of()
                : jdbc.sql("SELECT centre_id, municipality_code, service, EXTRACT(YEAR FROM escorted_on),"
                                + " EXTRACT(MONTH FROM escorted_on), SUM(escorts), SUM(first_escorts)"
                                + " FROM reporting_escort_day" + where.sql()
                                + " GROUP BY centre_id, municipality_code, service, EXTRACT(YEAR FROM escorted_on),"
                                + " EXTRACT(MONTH FROM escorted_on)")
                        .paramSource(where.params())
                        .query((rs, n) -> new EscortGroup(
                                rs.getObject(1, UUID.class),
                                rs.getString(2),
                                rs.getString(3),
                                String.format("%04d-%02d", rs.getInt(4), rs.getInt(5)),
                                rs.getLong(6),
                                rs.getLong(7)))
                        .list();
        long citizens = where.matchesNothing() ? 0 : citizens(scope, from(from), to(to));
        Map<String, Long> byService = new LinkedHashMap<>();
        for (Service service : Service.values()) {
            byService.put(service.name(), 0L);
        }
        Map<String, Long> byMonth = new TreeMap<>();
        Map<UUID, long[]> byCentre = new TreeMap<>();
        Map<UUID, String> municipalityOf = new HashMap<>();
        long escorts = 0;
        long first = 0;
        for (EscortGroup group : groups) {
            byService.merge(group.service(), group.escorts(), Long::sum);
            byMonth.merge(group.month(), group.escorts(), Long::sum);
            long[] centre = byCentre.computeIfAbsent(group.centre(), c -> new long[2]);
            centre[0] += group.escorts();
            centre[1] += group.first();
            municipalityOf.put(group.centre(), group.municipality());
            escorts += group.escorts();
            first += group.first();
        }
        Map<UUID, String> names = centreNames();
        List<EscortReport.Centre> centres = new ArrayList<>();
        byCentre.forEach((centre, counts) -> centres.add(
                new EscortReport.Centre(centre, names.get(centre), municipalityOf.get(centre), counts[0], counts[1])));
        List<EscortReport.Month> months = new ArrayList<>();
        byMonth.forEach((month, count) -> months.add(new EscortReport.Month(month, count)));
        return new EscortReport(
                from,
                to,
                escorts,
                citizens,
                first,
                Shares.of(first, escorts),
                byService,
                months,
                centres,
                Suppression.NONE);
    }

    /**
     * The distinct citizens escorted in the period. All time, a calendar year or a month: the count the projection
     * keeps. Any other period: those of its whole months from the citizens the projection keeps per month, with those
     * of the days before the first and after the last whole month from their escorts (at most two partial months).
     */
    private long citizens(Set<String> scope, LocalDate from, LocalDate to) {
        String inScope = scope == null ? "" : " AND municipality_code IN (:scope)";
        Map<String, Object> params = new HashMap<>();
        if (scope != null) {
            params.put("scope", scope);
        }
        int period = CitizenPeriods.exactly(from, to);
        if (period >= 0) {
            params.put("period", period);
            return jdbc.sql("SELECT COALESCE(SUM(citizens), 0) FROM reporting_escort_citizens WHERE period = :period"
                            + inScope)
                    .params(params)
                    .query(Long.class)
                    .single();
        }
        params.put("from", from);
        params.put("to", to);
        LocalDate firstWhole =
                from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate afterWhole = to.plusDays(1).withDayOfMonth(1);
        if (!firstWhole.isBefore(afterWhole)) {
            return jdbc.sql("SELECT COUNT(DISTINCT citizen_pseudonym) FROM reporting_escort"
                            + " WHERE escorted_on >= :from AND escorted_on <= :to" + inScope)
                    .params(params)
                    .query(Long.class)
                    .single();
        }
        params.put("firstWhole", firstWhole);
        params.put("afterWhole", afterWhole);
        params.put("firstMonth", CitizenPeriods.month(firstWhole));
        params.put("lastMonth", CitizenPeriods.month(afterWhole.minusMonths(1)));
        return jdbc.sql("SELECT COUNT(*) FROM (SELECT citizen_pseudonym FROM reporting_escort_citizen"
                        + " WHERE period >= :firstMonth AND period <= :lastMonth" + inScope
                        + " UNION SELECT citizen_pseudonym FROM reporting_escort"
                        + " WHERE escorted_on >= :from AND escorted_on < :firstWhole" + inScope
                        + " UNION SELECT citizen_pseudonym FROM reporting_escort"
                        + " WHERE escorted_on >= :afterWhole AND escorted_on <= :to" + inScope + ") citizens")
                .params(params)
                .query(Long.class)
                .single();
    }

    /** The referral funnel per municipality, read from the counts the projection keeps per centre and day. */
    public ReferralReport referrals(Set<String> scope, LocalDate from, LocalDate to) {
        Where where = period("referred_on", from, to).inScope("municipality_code", scope);
        Map<String, Funnel> byCode = new TreeMap<>();
        Funnel all = new Funnel();
        if (!where.matchesNothing()) {
            jdbc.sql("SELECT municipality_code, SUM(made), SUM(accepted), SUM(arrived), SUM(declined), SUM(expired)"
                            + " FROM reporting_referral_day" + where.sql() + " GROUP BY municipality_code")
                    .paramSource(where.params())
                    .query(rs -> {
                        long[] counts = {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)};
                        if (counts[0] > 0) {
                            byCode.computeIfAbsent(rs.getString(1), code -> new Funnel())
                                    .add(counts);
                            all.add(counts);
                        }
                    });
            jdbc.sql("SELECT municipality_code, days_to_arrival, SUM(referrals) FROM reporting_referral_arrival"
                            + where.sql() + " GROUP BY municipality_code, days_to_arrival")
                    .paramSource(where.params())
                    .query(rs -> {
                        Funnel funnel = byCode.get(rs.getString(1));
                        if (funnel != null && rs.getLong(3) > 0) {
                            funnel.arrivedAfter(rs.getLong(2), rs.getLong(3));
                            all.arrivedAfter(rs.getLong(2), rs.getLong(3));
                        }
                    });
        }
        List<ReferralReport.Municipality> rows = new ArrayList<>();
        byCode.forEach((code, f) -> rows.add(new ReferralReport.Municipality(
                code, municipalities.nameOf(code), f.made, f.accepted, f.arrived, f.declined, f.expired, f.median())));
        return new ReferralReport(
                from,
                to,
                all.made,
                all.accepted,
                all.arrived,
                all.declined,
                all.expired,
                all.median(),
                rows,
                Suppression.NONE);
    }

    public VisibilityReport visibility(Set<String> scope, LocalDate from, LocalDate to) {
        Map<UUID, String> names = centreNames();
        Map<UUID, String> municipalityOf = new HashMap<>();
        jdbc.sql("SELECT centre_id, municipality_code FROM reporting_centre").query(rs -> {
            municipalityOf.put(rs.getObject(1, UUID.class), rs.getString(2));
        });
        Map<UUID, Map<String, Long>> actions = new HashMap<>();
        count(
                "SELECT centre_id, kind, COUNT(*) FROM reporting_visibility WHERE taken_on BETWEEN :from AND :to"
                        + " GROUP BY centre_id, kind",
                from,
                to,
                actions);
        Map<UUID, Map<String, Long>> outreachCounts = new HashMap<>();
        count(
                "SELECT centre_id, 'ESCORTS', SUM(escorts) FROM reporting_escort_day"
                        + " WHERE escorted_on BETWEEN :from AND :to GROUP BY centre_id",
                from,
                to,
                outreachCounts);
        count(
                "SELECT centre_id, 'REFERRALS', SUM(made) FROM reporting_referral_day"
                        + " WHERE referred_on BETWEEN :from AND :to GROUP BY centre_id",
                from,
                to,
                outreachCounts);
        Map<UUID, EvaluationCounts> heard = new HashMap<>();
        jdbc.sql("SELECT a.centre_id, " + EvaluationCounts.select("e")
                        + " FROM reporting_evaluation e JOIN reporting_activity a ON a.activity_id = e.activity_id"
                        + " WHERE a.status = 'HELD' AND a.held_on BETWEEN :from AND :to AND a.centre_id IS NOT NULL"
                        + " GROUP BY a.centre_id")
                .paramSource(Map.of("from", from(from), "to", to(to)))
                .query(rs -> {
                    heard.put(rs.getObject(1, UUID.class), EvaluationCounts.read(rs, 2));
                });
        Set<UUID> centres = new HashSet<>();
        centres.addAll(actions.keySet());
        centres.addAll(outreachCounts.keySet());
        centres.addAll(heard.keySet());
        List<VisibilityReport.Centre> rows = new ArrayList<>();
        centres.stream()
                .filter(centre -> scope == null || scope.contains(municipalityOf.get(centre)))
                .sorted((a, b) -> String.valueOf(names.get(a)).compareTo(String.valueOf(names.get(b))))
                .forEach(centre -> {
                    Map<String, Long> kinds = new LinkedHashMap<>();
                    for (VisibilityKind kind : VisibilityKind.values()) {
                        kinds.put(
                                kind.name(),
                                actions.getOrDefault(centre, Map.of()).getOrDefault(kind.name(), 0L));
                    }
                    EvaluationCounts evaluations = heard.getOrDefault(centre, EvaluationCounts.NONE);
                    Map<String, Long> outreach = outreachCounts.getOrDefault(centre, Map.of());
                    rows.add(new VisibilityReport.Centre(
                            centre,
                            names.get(centre),
                            municipalityOf.get(centre),
                            kinds,
                            outreach.getOrDefault("ESCORTS", 0L),
                            outreach.getOrDefault("REFERRALS", 0L),
                            evaluations.evaluations(),
                            evaluations.heardVia()));
                });
        return new VisibilityReport(from, to, rows, Suppression.NONE);
    }

    private void count(String sql, LocalDate from, LocalDate to, Map<UUID, Map<String, Long>> into) {
        jdbc.sql(sql).paramSource(Map.of("from", from(from), "to", to(to))).query(rs -> {
            into.computeIfAbsent(rs.getObject(1, UUID.class), c -> new HashMap<>())
                    .put(rs.getString(2), rs.getLong(3));
        });
    }

    private Map<UUID, String> centreNames() {
        Map<UUID, String> names = new HashMap<>();
        jdbc.sql("SELECT centre_id, name FROM reporting_centre").query(rs -> {
            names.put(rs.getObject(1, UUID.class), rs.getString(2));
        });
        return names;
    }

    private static Where period(String column, LocalDate from, LocalDate to) {
        return new Where().atLeast(column, from).atMost(column, to);
    }

    private static LocalDate from(LocalDate from) {
        return from == null ? EARLIEST : from;
    }

    private static LocalDate to(LocalDate to) {
        return to == null ? LATEST : to;
    }

    /** The counts of one referral funnel, and how many referrals took how many days to arrival. */
    private static final class Funnel {
        long made;
        long accepted;
        long arrived;
        long declined;
        long expired;
        final TreeMap<Long, Long> arrivalsAfter = new TreeMap<>();

        /** Adds made, accepted, arrived, declined and expired, in that order. */
        void add(long[] counts) {
            made += counts[0];
            accepted += counts[1];
            arrived += counts[2];
            declined += counts[3];
            expired += counts[4];
        }

        void arrivedAfter(long days, long referrals) {
            arrivalsAfter.merge(days, referrals, Long::sum);
        }

        BigDecimal median() {
            long count =
                    arrivalsAfter.values().stream().mapToLong(Long::longValue).sum();
            if (count == 0) {
                return null;
            }
            BigDecimal median = count % 2 == 1
                    ? BigDecimal.valueOf(nth(count / 2))
                    : BigDecimal.valueOf(nth(count / 2 - 1) + nth(count / 2)).divide(BigDecimal.valueOf(2));
            return median.setScale(1, RoundingMode.HALF_UP);
        }

        /** The days to arrival of the n-th referral (from 0) in the order of its days. */
        private long nth(long n) {
            long seen = 0;
            for (Map.Entry<Long, Long> entry : arrivalsAfter.entrySet()) {
                seen += entry.getValue();
                if (n < seen) {
                    return entry.getKey();
                }
            }
            throw new IllegalStateException("no referral " + n);
        }
    }
}
