package dk.samvaer.web.dashboard;

import dk.samvaer.reporting.api.Suppression;
import java.math.BigDecimal;
import java.text.NumberFormat;
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
}
