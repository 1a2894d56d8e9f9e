package dk.samvaer.kernel.readmodel;

import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;

/** The projections' processors that track the event stream (all of them but in the read-only audit CLI). */
public final class StreamingProcessors {

    private StreamingProcessors() {}

    public static List<StreamingEventProcessor> of(EventProcessingConfiguration processing) {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .toList();
    }
}
