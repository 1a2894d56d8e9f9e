package dk.samvaer.web.pages;

import java.math.BigDecimal;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * A text field left empty is no value (an optional description not given), spaces around text are not kept, and an
 * amount is read as a Danish person writes it ({@link DanishAmountEditor}).
 */
@ControllerAdvice(basePackages = "dk.samvaer.web.pages")
class FormBinding {

    @InitBinder
    void emptyTextIsNoValue(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @InitBinder
    void amountsInDanish(WebDataBinder binder) {
        binder.registerCustomEditor(BigDecimal.class, new DanishAmountEditor());
    }
}
