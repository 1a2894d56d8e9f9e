package dk.samvaer.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DanishAmountEditorTest {

    @ParameterizedTest(name = "{0} is {1} kroner")
    @CsvSource(
            delimiter = '|',
            value = {
                "25|25",
                "25,5|25.5",
                "25,50|25.50",
                "1.250,50|1250.50",
                "1.250|1250",
                "1 250 kr.|1250",
                "12 kr|12",
                "25.50|25.50",
                "0,75|0.75",
                "-5|-5"
            })
    void readsAnAmountAsADanishPersonWritesIt(String text, String amount) {
        DanishAmountEditor editor = new DanishAmountEditor();

        editor.setAsText(text);

        assertThat(editor.getValue()).isEqualTo(new BigDecimal(amount));
    }

    @ParameterizedTest
    @ValueSource(strings = {"femogtyve", "25,5,5", "1,250.50", "12.3456.7", "kr."})
    void refusesWhatIsNotAnAmount(String text) {
        assertThatThrownBy(() -> new DanishAmountEditor().setAsText(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void anEmptyFieldIsNoAmount(String text) {
        DanishAmountEditor editor = new DanishAmountEditor();

        editor.setAsText(text);

        assertThat(editor.getValue()).isNull();
    }

    @org.junit.jupiter.api.Test
    void showsAnAmountWithADecimalComma() {
        DanishAmountEditor editor = new DanishAmountEditor();
        editor.setValue(new BigDecimal("25.50"));

        assertThat(editor.getAsText()).isEqualTo("25,50");
    }
}
