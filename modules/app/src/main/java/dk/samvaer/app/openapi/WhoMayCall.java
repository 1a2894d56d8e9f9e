package dk.samvaer.app.openapi;

import io.swagger.v3.oas.models.Operation;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * Every operation's description says who may call it and what it changes, read from the handler's own access rule
 * ({@code @RolesAllowed}, the rule the service enforces), so the two cannot drift apart. An operation whose own
 * description says what it changes ({@code **Changes:**}) keeps that.
 */
final class WhoMayCall implements GlobalOperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        RolesAllowed rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RolesAllowed.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), RolesAllowed.class);
        }
        if (rule == null) {
            return operation;
        }
        boolean read = AnnotatedElementUtils.hasAnnotation(handler.getMethod(), GetMapping.class);
        String roles = Arrays.stream(rule.value()).map(r -> "`" + r + "`").collect(Collectors.joining(", "));
        String what = operation.getDescription() == null ? operation.getSummary() + "." : operation.getDescription();
        String changes = read
                ? "\n\n**Changes:** nothing; it only reads."
                : "\n\n**Changes:** stores the change as a new event in the history; nothing earlier is overwritten.";
        operation.setDescription(what + "\n\n**Who may call it:** " + roles
                + " (a caller with a municipality scope only within it)."
                + (what.contains("**Changes:**") ? "" : changes));
        return operation;
    }
}
