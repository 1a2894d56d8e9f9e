package dk.samvaer.reporting.query;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * What the outreach reports read, kept once per batch from the escort and referral rows the batch marked ({@code
 * reconcile}): first escorts, escorts and first escorts per centre, service and day, the citizens escorted per
 * municipality and period, and the referral funnel per centre and day.
 *
 * <p>These rows are shared by the events of many aggregates, which different segments (and nodes) handle at once. So
 * handlers only write rows of their own, and every step here first takes one lock row, held until its transaction
 * ends: the steps of concurrent batches run one after another and never deadlock on the counts. Everything a step
 * reads has been committed by an earlier step or written by its own batch.
 */
final class OutreachCounts {

    static final String ESCORTS = "escort counts";
    static final String REFERRALS = "referral counts";

    /** The first escort of a citizen to a centre: the earliest, then the lowest id as the databases order them. */
    private static final Comparator<Escort> FIRST =
            Comparator.comparing(Escort::on).thenComparing(escort -> escort.id().toString());

    private OutreachCounts() {}

    /** An escort row as the step reads it. */
    private record Escort(
            UUID id,
            String municipality,
            UUID centre,
            String service,
            String citizen,
            LocalDate on,
            boolean first,
            boolean marked) {

        Object[] day() {
            return new Object[] {municipality, centre, service, Date.valueOf(on)};
        }
    }

    /**
     * Takes in the batch's new escorts: moves each of their citizens' first escort to a centre to the earliest escort,
     * adds new escorts and first escorts gained or lost to their days, and citizens new in a period to its count.
     */
    static void escorts(JdbcTemplate jdbc) {
        lock(jdbc);
        List<Escort> marked = jdbc.query(
                "SELECT escort_id, municipality_code, centre_id, service, citizen_pseudonym, escorted_on, first_escort"
                        + " FROM reporting_escort WHERE reconcile = TRUE",
                (rs, n) -> escort(rs, true));
        if (marked.isEmpty()) {
            return;
        }
        Map<String, Delta> days = new TreeMap<>();
        Map<String, Delta> memberships = new TreeMap<>();
        List<Object[]> settled = new ArrayList<>();
        for (Escort escort : marked) {
            days.computeIfAbsent(Delta.name(escort.day()), name -> new Delta(escort.day(), 2)).change[0]++;
            for (int period : CitizenPeriods.of(escort.on())) {
                Object[] membership = {escort.municipality(), period, escort.citizen()};
                memberships.putIfAbsent(Delta.name(membership), new Delta(membership, 0));
            }
        }
        for (List<Escort> pair : escortsOfTheirCitizens(jdbc, marked)) {
            Escort first = pair.stream().min(FIRST).orElseThrow();
            for (Escort escort : pair) {
                boolean isFirst = escort == first;
                if (isFirst != escort.first()) {
                    days.computeIfAbsent(Delta.name(escort.day()), name -> new Delta(escort.day(), 2)).change[1] +=
                            isFirst ? 1 : -1;
                }
                if (isFirst != escort.first() || escort.marked()) {
                    settled.add(new Object[] {isFirst, escort.id()});
                }
            }
        }
        add(
                jdbc,
                days,
                "INSERT INTO reporting_escort_day (municipality_code, centre_id, service, escorted_on, escorts,"
                        + " first_escorts) VALUES (?, ?, ?, ?, 0, 0) ON CONFLICT DO NOTHING",
                "UPDATE reporting_escort_day SET escorts = escorts + ?, first_escorts = first_escorts + ?"
                        + " WHERE municipality_code = ? AND centre_id = ? AND service = ? AND escorted_on = ?");
        citizens(jdbc, memberships);
        settled.sort(Comparator.comparing(row -> row[1].toString()));
        jdbc.batchUpdate(
                "UPDATE reporting_escort SET first_escort = ?, reconcile = FALSE WHERE escort_id = ?", settled);
    }

    /** Every escort of the citizens of the marked escorts, to the same centres, grouped by citizen and centre. */
    private static List<List<Escort>> escortsOfTheirCitizens(JdbcTemplate jdbc, List<Escort> marked) {
        Map<String, List<Escort>> pairs = new TreeMap<>();
        marked.forEach(escort -> pairs.put(escort.citizen() + "|" + escort.centre(), new ArrayList<>()));
        List<String> citizens =
                marked.stream().map(Escort::citizen).distinct().sorted().toList();
        NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
        for (int from = 0; from < citizens.size(); from += 500) {
            named.query(
                    "SELECT escort_id, municipality_code, centre_id, service, citizen_pseudonym, escorted_on,"
                            + " first_escort, reconcile FROM reporting_escort WHERE citizen_pseudonym IN (:citizens)",
                    Map.of("citizens", citizens.subList(from, Math.min(citizens.size(), from + 500))),
                    rs -> {
                        Escort escort = escort(rs, rs.getBoolean(8));
                        List<Escort> pair = pairs.get(escort.citizen() + "|" + escort.centre());
                        if (pair != null) {
                            pair.add(escort);
                        }
                    });
        }
        return new ArrayList<>(pairs.values());
    }

    private static Escort escort(java.sql.ResultSet rs, boolean marked) throws java.sql.SQLException {
        return new Escort(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getObject(3, UUID.class),
                rs.getString(4),
                rs.getString(5),
                rs.getObject(6, LocalDate.class),
                rs.getBoolean(7),
                marked);
    }

    /** Records each citizen in each period; those not there before add one to the period's citizens. */
    private static void citizens(JdbcTemplate jdbc, Map<String, Delta> memberships) {
        List<Object[]> rows = memberships.values().stream().map(Delta::key).toList();
        int[] inserted = jdbc.batchUpdate(
                "INSERT INTO reporting_escort_citizen (municipality_code, period, citizen_pseudonym) VALUES (?, ?, ?)"
                        + " ON CONFLICT DO NOTHING",
                rows);
        Map<String, Delta> periods = new TreeMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (inserted[i] > 0) {
                Object[] period = {rows.get(i)[0], rows.get(i)[1]};
                periods.computeIfAbsent(Delta.name(period), name -> new Delta(period, 1)).change[0]++;
            }
        }
        add(
                jdbc,
                periods,
                "INSERT INTO reporting_escort_citizens (municipality_code, period, citizens) VALUES (?, ?, 0)"
                        + " ON CONFLICT DO NOTHING",
                "UPDATE reporting_escort_citizens SET citizens = citizens + ? WHERE municipality_code = ? AND period = ?");
    }

    /**
     * Takes in the batch's changed referrals: each adds to its day's funnel what changed since it was last counted
     * (made once; accepted once, by acceptance or arrival; the status counted moved to the current one) and its days to
     * arrival, and remembers what it now counts.
     */
    static void referrals(JdbcTemplate jdbc) {
        lock(jdbc);
        Map<String, Delta> days = new TreeMap<>();
        Map<String, Delta> arrivals = new TreeMap<>();
        List<Object[]> settled = new ArrayList<>();
        jdbc.query(
                "SELECT municipality_code, centre_id, referred_on, status, accepted, days_to_arrival, counted_status,"
                        + " counted_accepted, counted_days, referral_id FROM reporting_referral WHERE reconcile = TRUE",
                rs -> {
                    Object[] key = {rs.getString(1), rs.getObject(2), rs.getDate(3)};
                    String status = rs.getString(4);
                    String countedStatus = rs.getString(7);
                    boolean accepted = rs.getBoolean(5) || status.equals("ARRIVED");
                    long[] change = days.computeIfAbsent(Delta.name(key), name -> new Delta(key, 5)).change;
                    change[0] += countedStatus == null ? 1 : 0;
                    change[1] += (accepted ? 1 : 0) - (rs.getBoolean(8) ? 1 : 0);
                    change[2] += is("ARRIVED", status) - is("ARRIVED", countedStatus);
                    change[3] += is("DECLINED", status) - is("DECLINED", countedStatus);
                    change[4] += is("EXPIRED", status) - is("EXPIRED", countedStatus);
                    Long daysToArrival = rs.getObject(6, Long.class);
                    Long countedDays = rs.getObject(9, Long.class);
                    if (!Objects.equals(daysToArrival, countedDays)) {
                        arrival(arrivals, key, countedDays, -1);
                        arrival(arrivals, key, daysToArrival, 1);
                    }
                    settled.add(new Object[] {status, accepted, daysToArrival, rs.getObject(10)});
                });
        add(
                jdbc,
                days,
                "INSERT INTO reporting_referral_day (municipality_code, centre_id, referred_on, made, accepted, arrived,"
                        + " declined, expired) VALUES (?, ?, ?, 0, 0, 0, 0, 0) ON CONFLICT DO NOTHING",
                "UPDATE reporting_referral_day SET made = made + ?, accepted = accepted + ?, arrived = arrived + ?,"
                        + " declined = declined + ?, expired = expired + ?"
                        + " WHERE municipality_code = ? AND centre_id = ? AND referred_on = ?");
        add(
                jdbc,
                arrivals,
                "INSERT INTO reporting_referral_arrival (municipality_code, centre_id, referred_on, days_to_arrival,"
                        + " referrals) VALUES (?, ?, ?, ?, 0) ON CONFLICT DO NOTHING",
                "UPDATE reporting_referral_arrival SET referrals = referrals + ? WHERE municipality_code = ?"
                        + " AND centre_id = ? AND referred_on = ? AND days_to_arrival = ?");
        jdbc.batchUpdate(
                "UPDATE reporting_referral SET counted_status = ?, counted_accepted = ?, counted_days = ?,"
                        + " reconcile = FALSE WHERE referral_id = ?",
                settled);
    }

    /** The one lock every step takes first, until its transaction ends (a dead node's with its connection). */
    private static void lock(JdbcTemplate jdbc) {
        jdbc.queryForList("SELECT name FROM reporting_counts_lock WHERE name = 'outreach' FOR UPDATE", String.class);
    }

    private static long is(String wanted, String status) {
        return wanted.equals(status) ? 1 : 0;
    }

    private static void arrival(Map<String, Delta> arrivals, Object[] day, Long days, long change) {
        if (days != null) {
            Object[] key = {day[0], day[1], day[2], days};
            arrivals.computeIfAbsent(Delta.name(key), name -> new Delta(key, 1)).change[0] += change;
        }
    }

    /** Creates the rows of the keys that have none, then adds each key's changes (parameters first, then the key). */
    private static void add(JdbcTemplate jdbc, Map<String, Delta> deltas, String insert, String update) {
        List<Object[]> keys = new ArrayList<>();
        List<Object[]> changes = new ArrayList<>();
        for (Delta delta : deltas.values()) {
            if (delta.changes()) {
                keys.add(delta.key);
                Object[] params = new Object[delta.change.length + delta.key.length];
                for (int i = 0; i < delta.change.length; i++) {
                    params[i] = delta.change[i];
                }
                System.arraycopy(delta.key, 0, params, delta.change.length, delta.key.length);
                changes.add(params);
            }
        }
        if (!keys.isEmpty()) {
            jdbc.batchUpdate(insert, keys);
            jdbc.batchUpdate(update, changes);
        }
    }

    /** The changes to one row of counts, by its key. */
    private record Delta(Object[] key, long[] change) {

        Delta(Object[] key, int counts) {
            this(key, new long[counts]);
        }

        static String name(Object[] key) {
            StringBuilder name = new StringBuilder();
            for (Object part : key) {
                name.append(part instanceof Date date ? date.toLocalDate() : part)
                        .append('|');
            }
            return name.toString();
        }

        boolean changes() {
            for (long c : change) {
                if (c != 0) {
                    return true;
                }
            }
            return false;
        }
    }
}
