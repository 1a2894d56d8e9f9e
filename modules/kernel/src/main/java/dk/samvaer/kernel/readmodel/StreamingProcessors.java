package dk.samvaer.kernel.readmodel;

import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
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

    /**
     * Whether every segment this node processes has read up to the position. Segments other nodes hold, and segments
     * in error, are not waited for; a stopped processor has nothing to catch up. Positions, not {@code covers}: a
     * rolled-back transaction leaves a permanent gap in the global index, which a head token does not know about.
     */
    public static boolean caughtUpHere(StreamingEventProcessor processor, long position) {
        if (!processor.isRunning()) {
            return true;
        }
        for (EventTrackerStatus status : processor.processingStatus().values()) {
            if (!status.isErrorState() && status.getCurrentPosition().orElse(-1) < position) {
                return false;
            }
        }
        return true;
    }
}
