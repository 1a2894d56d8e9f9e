package dk.samvaer.kernel.node;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;

/**
 * Only on a node that writes: not in the read-only audit CLI ({@value NodeProperties#READ_ONLY}). For whatever
 * writes on a schedule or on its own (jobs, senders, the segment balancer).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnBooleanProperty(name = NodeProperties.READ_ONLY, havingValue = false, matchIfMissing = true)
public @interface ConditionalOnWritableNode {}
