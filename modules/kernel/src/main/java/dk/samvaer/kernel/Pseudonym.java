package dk.samvaer.kernel;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field that holds a citizen's pseudonym (an unlinkable token, never a reference a person could be found by).
 * Whatever leaves the system for a client whose role may not link citizens' events leaves such fields out (the
 * outbound feed and its webhooks do).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Pseudonym {}
