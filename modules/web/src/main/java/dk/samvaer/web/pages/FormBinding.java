package dk.samvaer.web.pages;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/** A text field left empty is no value (an optional description not given), and spaces around text are not kept. */
@ControllerAdvice(basePackages = "dk.samvaer.web.pages")
class FormBinding {

    @InitBinder
    void emptyTextIsNoValue(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }
}
