package dk.samvaer.web.pages;

import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Sends a form's command with {@link FormCommands} and lets a refusal beside a field say which field it is about: a
 * form with more than one reference (a centre and a buddy, a centre and an activity) needs a different Danish text
 * for an unknown centre than for a buddy who is not at that centre. The codes of a refusal beside a field are then
 * {@code rule.<rule>.<field>} before those of {@link FormCommands} ({@code rule.<rule>}, its kind,
 * {@code rule.other}), so a form that needs no such text reads exactly as the others do.
 */
final class FieldRefusals {

    private FieldRefusals() {}

    /** Whether the command was carried out; if not, {@code form} has the refusal, beside its field where it has one. */
    static boolean send(FormCommands commands, Supplier<Object> command, BindingResult form) {
        BindingResult sent = new BeanPropertyBindingResult(form.getTarget(), form.getObjectName());
        if (commands.send(command, sent)) {
            return true;
        }
        for (ObjectError error : sent.getAllErrors()) {
            form.addError(error instanceof FieldError field ? namingTheField(field) : error);
        }
        return false;
    }

    private static FieldError namingTheField(FieldError error) {
        String[] codes = error.getCodes() == null ? new String[0] : error.getCodes();
        String[] withField = codes.length == 0
                ? codes
                : Stream.concat(Stream.of(codes[0] + "." + error.getField()), Arrays.stream(codes))
                        .toArray(String[]::new);
        return new FieldError(
                error.getObjectName(),
                error.getField(),
                error.getRejectedValue(),
                error.isBindingFailure(),
                withField,
                error.getArguments(),
                error.getDefaultMessage());
    }
}
