package dk.samvaer.app.processing;

import java.util.List;
import java.util.Objects;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventProcessor;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.stereotype.Component;

/**
 * The processing groups (one per projection: {@code activities}, {@code reporting}, ...) and the processor each runs
 * in. Several groups share one processor (ADR 0015), so a group's dead-letter queue is named by the group, and a
 * processor's health adds up the queues of its groups.
 */
@Component
public class ProcessingGroups {

    private final ApplicationContext context;
    private final EventProcessingConfiguration processing;

    /** Found once, at the first question (the handlers are all registered by then): health asks every few seconds. */
    private volatile List<String> names;

    ProcessingGroups(ApplicationContext context, EventProcessingConfiguration processing) {
        this.context = context;
        this.processing = processing;
    }

    /** Every processing group of the application's event handlers, sorted. */
    public List<String> names() {
        List<String> found = names;
        if (found == null) {
            found = find();
            names = found;
        }
        return found;
    }

    private List<String> find() {
        return context.getBeansWithAnnotation(ProcessingGroup.class).values().stream()
                .map(bean -> AnnotationUtils.findAnnotation(bean.getClass(), ProcessingGroup.class))
                .filter(Objects::nonNull)
                .map(ProcessingGroup::value)
                .distinct()
                .sorted()
                .toList();
    }

    /** The groups that run in the named processor. */
    public List<String> of(String processor) {
        return names().stream()
                .filter(group -> processing
                        .eventProcessorByProcessingGroup(group)
                        .map(EventProcessor::getName)
                        .filter(processor::equals)
                        .isPresent())
                .toList();
    }
}
