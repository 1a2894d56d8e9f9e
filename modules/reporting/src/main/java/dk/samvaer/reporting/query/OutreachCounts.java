package dk.samvaer.reporting.query;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The per-day counts the outreach reports read, brought up to date once per batch from the escort and referral rows the
 * batch marked ({@code reconcile}): each marked row adds what changed since it was last counted, remembers what it now
 * counts, and is unmarked. Counts change in the order of their keys, so segments committing at once do not deadlock.
 */
final class OutreachCounts {

    static final String ESCORTS = "escort counts";
    static final String REFERRALS = "referral counts";

    private OutreachCounts() {}

    /**
     * Adds the marked escorts to their day's escorts, first escorts gained or lost to their day's first escorts, and
     * citizens new in a period to its citizens.
     */
    static void escorts(JdbcTemplate jdbc) {
        Map<String, Delta> days = new TreeMap<>();
        jdbc.query(
                "SELECT municipality_code, centre_id, service, escorted_on, counted, first_escort, counted_first"
                        + " FROM reporting_escort WHERE reconcile = TRUE",
                rs -> {
                    Object[] key = {rs.getString(1), rs.getObject(2), rs.getString(3), rs.getDate(4)};
                    long[] change = days.computeIfAbsent(Delta.name(key), name -> new Delta(key, 2)).change;
                    change[0] += rs.getBoolean(5) ? 0 : 1;
                    change[1] += (rs.getBoolean(6) ? 1 : 0) - (rs.getBoolean(7) ? 1 : 0);
                });
        add(
                jdbc,
                days,
                "INSERT INTO reporting_escort_day (municipality_code, centre_id, service, escorted_on, escorts,"
                        + " first_escorts) VALUES (?, ?, ?, ?, 0, 0) ON CONFLICT DO NOTHING",
                "UPDATE reporting_escort_day SET escorts = escorts + ?, first_escorts = first_escorts + ?"
                        + " WHERE municipality_code = ? AND centre_id = ? AND service = ? AND escorted_on = ?");
        jdbc.update("UPDATE reporting_escort SET counted = TRUE, counted_first = first_escort, reconcile = FALSE"
                + " WHERE reconcile = TRUE");
        Map<String, Delta> periods = new TreeMap<>();
        jdbc.query(
                "SELECT municipality_code, period, COUNT(*) FROM reporting_escort_citizen WHERE counted = FALSE"
                        + " GROUP BY municipality_code, period",
                rs -> {
                    Object[] key = {rs.getString(1), rs.getInt(2)};
                    periods.put(Delta.name(key), new Delta(key, new long[] {rs.getLong(3)}));
                });
        add(
                jdbc,
                periods,
                "INSERT INTO reporting_escort_citizens (municipality_code, period, citizens) VALUES (?, ?, 0)"
                        + " ON CONFLICT DO NOTHING",
                "UPDATE reporting_escort_citizens SET citizens = citizens + ? WHERE municipality_code = ? AND period = ?");
        jdbc.update("UPDATE reporting_escort_citizen SET counted = TRUE WHERE counted = FALSE");
    }

    /**
     * Adds the marked referrals to their day's funnel (made once; accepted once, by acceptance or arrival; the status
     * counted moved to the current one) and their days to arrival to the day's arrivals.
     */
    static void referrals(JdbcTemplate jdbc) {
        Map<String, Delta> days = new TreeMap<>();
        Map<String, Delta> arrivals = new TreeMap<>();
        jdbc.query(
                "SELECT municipality_code, centre_id, referred_on, status, accepted, days_to_arrival, counted_status,"
                        + " counted_accepted, counted_days FROM reporting_referral WHERE reconcile = TRUE",
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
        jdbc.update("UPDATE reporting_referral SET counted_status = status, counted_accepted = (accepted OR status ="
                + " 'ARRIVED'), counted_days = days_to_arrival, reconcile = FALSE WHERE reconcile = TRUE");
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

    /** The changes to one row of counts; {@code name} orders the keys the same way on every node. */
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
