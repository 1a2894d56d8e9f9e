package dk.samvaer.web.dashboard;

import dk.samvaer.reporting.api.Suppression;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Figures as Danish text ({@code 1.234}, {@code 30,4 %}) for the pages, as {@code ${@tal.count(x)}}. A count of people
 * is null only where it was suppressed, so null shows as {@code ..}, the mark the CSV uses; a share without a base
 * (nobody took part) shows as {@code –}.
 */
@Component("tal")
public class DanishNumbers {

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");

    public static String count(Number value) {
        return value == null
                ? Suppression.MARK
                : NumberFormat.getIntegerInstance(DANISH).format(value);
    }

    public static String share(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        NumberFormat percent = NumberFormat.getPercentInstance(DANISH);
        percent.setMinimumFractionDigits(1);
        percent.setMaximumFractionDigits(1);
        return percent.format(value);
    }

    /** A share that is null because a figure it is made from was suppressed shows as {@code ..}. */
    public static String share(BigDecimal value, Number base) {
        return value == null && base == null ? Suppression.MARK : share(value);
    }

    public static String decimal(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        NumberFormat decimal = NumberFormat.getNumberInstance(DANISH);
        decimal.setMaximumFractionDigits(1);
        return decimal.format(value);
    }

    /**
     * An estimate with its 95 % interval, {@code 18,1 (15,2 til 21,0)}, or as percentages; {@code –} without one.
     */
    public static String interval(BigDecimal estimate, List<BigDecimal> ci95, boolean percent) {
        if (estimate == null) {
            return "–";
        }
        String text = percent ? share(estimate) : oneDecimal(estimate);
        return ci95 == null || ci95.size() != 2
                ? text
                : text + " (" + (percent ? share(ci95.get(0)) : oneDecimal(ci95.get(0))) + " til "
                        + (percent ? share(ci95.get(1)) : oneDecimal(ci95.get(1))) + ")";
    }

    private static String oneDecimal(BigDecimal value) {
        NumberFormat decimal = NumberFormat.getNumberInstance(DANISH);
        decimal.setMinimumFractionDigits(1);
        decimal.setMaximumFractionDigits(1);
        return decimal.format(value);
    }

    /** A p-value with three decimals, {@code < 0,001} below that; {@code –} without one. */
    public static String pValue(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        if (value.compareTo(new BigDecimal("0.001")) < 0) {
            return "< 0,001";
        }
        NumberFormat format = NumberFormat.getNumberInstance(DANISH);
        format.setMinimumFractionDigits(3);
        format.setMaximumFractionDigits(3);
        return format.format(value);
    }
}
