package dk.samvaer.kernel;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field that grants whoever holds it something (the token of an activity's public evaluation link lets anyone
 * answer). Such a field is shown only where the API shows it on purpose, never in the outbound feed or its webhooks.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Capability {}
