package dk.samvaer.web.pages;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * An amount in kroner as a Danish person writes it: {@code 25}, {@code 25,50}, {@code 1.250,50}, {@code 1 250 kr.};
 * a point with one or two digits after it ({@code 25.50}) is read as the decimal mark too. Shown back with a comma.
 * Whether the amount is allowed (not negative, at most two decimals) is the domain's rule, not this editor's.
 */
class DanishAmountEditor extends PropertyEditorSupport {

    private static final Pattern COMMA_DECIMAL = Pattern.compile("-?\\d{1,3}(\\.\\d{3})*(,\\d+)?|-?\\d+(,\\d+)?");
    private static final Pattern POINT_DECIMAL = Pattern.compile("-?\\d+\\.\\d{1,2}");

    @Override
    public void setAsText(String text) {
        if (text == null || text.isBlank()) {
            setValue(null);
            return;
        }
        String amount = text.strip()
                .replaceFirst("(?i)\\s*kr\\.?$", "")
                .replace(" ", "")
                .replace("\u00a0", "");
        if (POINT_DECIMAL.matcher(amount).matches()) {
            setValue(new BigDecimal(amount));
        } else if (COMMA_DECIMAL.matcher(amount).matches()) {
            setValue(new BigDecimal(amount.replace(".", "").replace(',', '.')));
        } else {
            throw new IllegalArgumentException("Not an amount in kroner: " + text);
        }
    }

    @Override
    public String getAsText() {
        return getValue() instanceof BigDecimal amount ? amount.toPlainString().replace('.', ',') : "";
    }
}
