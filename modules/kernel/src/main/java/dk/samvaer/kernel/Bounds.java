package dk.samvaer.kernel;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The bounds every context shares, and their named rules. The web records name the same constants in their
 * annotations (early feedback, and the contract's {@code maximum}/{@code maxLength}); the aggregates enforce them, so
 * every sender of a command is held to them.
 *
 * <ul>
 *   <li>counts (participants and the like): 0 to {@value #MAX_COUNT};
 *   <li>names and titles: at most {@value #MAX_NAME} characters; free text (reasons, purposes, notes, agenda items):
 *       at most {@value #MAX_TEXT}; a long description at most {@value #MAX_LONG_TEXT};
 *   <li>lists of texts (agenda, decisions, follow-ups): at most {@value #MAX_ITEMS} items;
 *   <li>amounts of money (DKK): 0 to {@value #MAX_AMOUNT} with at most {@value #AMOUNT_DECIMALS} decimals;
 *   <li>dates: from {@link #EARLIEST_DATE} to {@link #LATEST_DATE} (the years a project year may have), and a date
 *       on which something happened is not in the future (by the injected clock).
 * </ul>
 */
public final class Bounds {

    public static final int MAX_COUNT = 10_000;
    public static final int MAX_NAME = 200;
    public static final int MAX_TEXT = 1000;
    public static final int MAX_LONG_TEXT = 2000;
    public static final int MAX_ITEMS = 50;
    public static final String MAX_AMOUNT = "100000.00";
    public static final int AMOUNT_INTEGER_DIGITS = 6;
    public static final int AMOUNT_DECIMALS = 2;
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    public static final LocalDate EARLIEST_DATE = LocalDate.of(FIRST_YEAR, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(LAST_YEAR, 12, 31);

    private Bounds() {}

    /** A count from 0 to {@value #MAX_COUNT}. */
    public static int count(String field, Integer value) {
        if (value == null) {
            throw new InvalidInput("count-required", field, field + " is required.");
        }
        if (value < 0) {
            throw new InvalidInput("count-negative", field, field + " cannot be negative.");
        }
        if (value > MAX_COUNT) {
            throw new InvalidInput("count-too-large", field, field + " is at most " + MAX_COUNT + ".");
        }
        return value;
    }

    /** An optional amount of money from 0 to {@value #MAX_AMOUNT} DKK in øre at most. */
    public static BigDecimal amount(String field, BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            throw new InvalidInput("amount-negative", field, field + " cannot be negative.");
        }
        if (value.compareTo(new BigDecimal(MAX_AMOUNT)) > 0) {
            throw new InvalidInput("amount-too-large", field, field + " is at most " + MAX_AMOUNT + ".");
        }
        if (value.stripTrailingZeros().scale() > AMOUNT_DECIMALS) {
            throw new InvalidInput(
                    "amount-too-precise", field, field + " has at most " + AMOUNT_DECIMALS + " decimals.");
        }
        return value;
    }

    /** A date within the years the programme can have. */
    public static LocalDate date(String field, LocalDate value) {
        Texts.present(field, value);
        if (value.isBefore(EARLIEST_DATE) || value.isAfter(LATEST_DATE)) {
            throw new InvalidInput(
                    "date-out-of-range", field, field + " lies between " + EARLIEST_DATE + " and " + LATEST_DATE + ".");
        }
        return value;
    }

    /** An optional date within the years the programme can have. */
    public static LocalDate optionalDate(String field, LocalDate value) {
        return value == null ? null : date(field, value);
    }

    /** The date something happened: within the programme's years, and not after today by the clock. */
    public static LocalDate happened(String field, LocalDate value, Clock clock) {
        date(field, value);
        if (value.isAfter(LocalDate.now(clock))) {
            throw new InvalidInput("date-in-future", field, field + " cannot be in the future.");
        }
        return value;
    }
}
