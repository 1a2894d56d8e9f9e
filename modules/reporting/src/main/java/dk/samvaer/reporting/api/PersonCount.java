package dk.samvaer.reporting.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A count of people, or of events that each concern one person (an escort, a referral, a welcome, an evaluation). A
 * report published with {@code suppressBelow} replaces such a count from 1 to below the threshold with {@code null}.
 * On a map or a list, each of its values is such a count. Counts of things (activities held, meetings, posters) carry
 * no mark and are always published. See docs/privacy.md, "Small numbers".
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface PersonCount {}
