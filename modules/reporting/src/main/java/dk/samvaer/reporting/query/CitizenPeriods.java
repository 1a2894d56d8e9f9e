package dk.samvaer.reporting.query;

import java.time.LocalDate;

/**
 * The periods whose escorted citizens the projection counts, each as one number: {@link #ALL_TIME}, a year (2025) or a
 * month (202503). Years sort below months, so a range of months never includes a year.
 */
final class CitizenPeriods {

    static final int ALL_TIME = 0;

    private CitizenPeriods() {}

    /** The periods a day falls in. */
    static int[] of(LocalDate day) {
        return new int[] {ALL_TIME, day.getYear(), month(day)};
    }

    static int month(LocalDate day) {
        return day.getYear() * 100 + day.getMonthValue();
    }

    /** The one counted period that is exactly {@code from..to}, if there is one; else -1. */
    static int exactly(LocalDate from, LocalDate to) {
        if (from.equals(OutreachReportQueries.EARLIEST) && to.equals(OutreachReportQueries.LATEST)) {
            return ALL_TIME;
        }
        if (from.getDayOfYear() == 1 && to.equals(from.withDayOfYear(from.lengthOfYear()))) {
            return from.getYear();
        }
        if (from.getDayOfMonth() == 1 && to.equals(from.withDayOfMonth(from.lengthOfMonth()))) {
            return month(from);
        }
        return -1;
    }
}
