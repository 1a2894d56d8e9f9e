package dk.samvaer.web.pages;

import dk.samvaer.kernel.InvalidInput;
import dk.samvaer.kernel.RuleViolation;
import dk.samvaer.kernel.UnknownReference;
import dk.samvaer.kernel.readmodel.ReadYourWrites;
import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Sends a form's command, exactly the command the REST API sends: the rules are the aggregate's. A refusal becomes an
 * error beside the field it names (or above the form), in Danish from {@code messages_da.properties}: the codes are
 * {@code rule.<rule>}, then {@code rule.<kind>} for the kind of rule ({@code required}, {@code too-long}), then
 * {@code rule.other}. After a success the read models include the change before the next page is shown.
 */
@Component
class FormCommands {

    private final CommandGateway commands;
    private final ReadYourWrites readYourWrites;

    FormCommands(CommandGateway commands, ReadYourWrites readYourWrites) {
        this.commands = commands;
        this.readYourWrites = readYourWrites;
    }

    /**
     * Whether the command was carried out; if not, the form has an error that says why. The command is made here, so
     * that a check while making it (a centre outside the caller's scope) is answered the same way.
     */
    boolean send(Supplier<Object> command, BindingResult form) {
        try {
            commands.sendAndWait(command.get());
        } catch (RuntimeException e) {
            Throwable cause = e instanceof CommandExecutionException && e.getCause() != null ? e.getCause() : e;
            if (cause instanceof InvalidInput invalid) {
                reject(form, invalid.field(), invalid.rule(), invalid.getMessage());
            } else if (cause instanceof UnknownReference unknown) {
                reject(form, unknown.field(), "unknown-reference", unknown.getMessage());
            } else if (cause instanceof RuleViolation violation) {
                reject(form, null, violation.rule(), violation.getMessage());
            } else if (cause instanceof ConflictingAggregateVersionException) {
                reject(form, null, "version-mismatch", cause.getMessage());
            } else {
                throw e;
            }
            return false;
        }
        readYourWrites.await();
        return true;
    }

    private static void reject(BindingResult form, String field, String rule, String message) {
        String[] codes = {"rule." + rule, "rule." + kind(rule), "rule.other"};
        BeanWrapperImpl target = form.getTarget() == null ? null : new BeanWrapperImpl(form.getTarget());
        if (field != null && target != null && target.isReadableProperty(field)) {
            // the value as bound (an Integer, a UUID), which the page formats again
            form.addError(new FieldError(
                    form.getObjectName(), field, target.getPropertyValue(field), false, codes, null, message));
        } else {
            form.addError(new ObjectError(form.getObjectName(), codes, null, message));
        }
    }

    /** {@code title-required} is a {@code required} rule, {@code reason-too-long} a {@code too-long} one. */
    private static String kind(String rule) {
        for (String kind : new String[] {"required", "too-long", "too-many", "negative", "too-large"}) {
            if (rule.endsWith("-" + kind)) {
                return kind;
            }
        }
        return rule;
    }
}
