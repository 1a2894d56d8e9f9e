package dk.samvaer.app.eventstore;

import dk.samvaer.kernel.node.ConditionalOnWritableNode;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Only where the projections run in the pooled streaming processor: a writing node in {@code samvaer.processors.mode}
 * {@code pooled} (not the read-only audit CLI, whose projections are inert, nor Axon's default processors, the
 * benchmark's baseline).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnWritableNode
@Conditional(ConditionalOnPooledProcessors.PooledMode.class)
public @interface ConditionalOnPooledProcessors {

    /** Reads the mode as {@link ProcessorProperties} binds it (conditions run before the records are beans). */
    class PooledMode extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            ProcessorProperties.Mode mode = Binder.get(context.getEnvironment())
                    .bindOrCreate("samvaer.processors", ProcessorProperties.class)
                    .mode();
            return mode == ProcessorProperties.Mode.POOLED
                    ? ConditionOutcome.match("samvaer.processors.mode is pooled")
                    : ConditionOutcome.noMatch("samvaer.processors.mode is " + mode);
        }
    }
}
