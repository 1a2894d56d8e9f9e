package dk.samvaer.reporting.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A figure worked out from {@link PersonCount person counts} beside it in the same object (a share, a rate, a
 * median): suppressed with any of them, since it would give them away.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface DerivedFrom {

    /** The names of the counts in the same object it is worked out from. */
    String[] value();
}
