package dk.samvaer.kernel.readmodel;

import java.time.Duration;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes for front ends. Projections are updated asynchronously by streaming processors; after a write, an
 * endpoint calls {@link #await()} so that a read that follows on this node sees the write. It waits, boundedly, until
 * every segment this node processes has passed the head of the event store as it was when called. Segments claimed by
 * other nodes are not waited for, and a timeout only means the read may briefly lag: the write itself stands.
 */
@Component
public class ReadYourWrites {

    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;
    private final Duration timeout;

    ReadYourWrites(
            EventStore eventStore,
            EventProcessingConfiguration processing,
            @Value("${samvaer.read-your-writes.timeout:PT2S}") Duration timeout) {
        this.eventStore = eventStore;
        this.processing = processing;
        this.timeout = timeout;
    }

    /** Waits until this node's projections include every event stored so far; returns whether they do. */
    public boolean await() {
        TrackingToken head = eventStore.createHeadToken();
        if (head == null) {
            return true;
        }
        List<StreamingEventProcessor> processors = processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .toList();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!processors.stream().allMatch(processor -> caughtUp(processor, head))) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private static boolean caughtUp(StreamingEventProcessor processor, TrackingToken head) {
        if (!processor.isRunning()) {
            return true;
        }
        for (EventTrackerStatus status : processor.processingStatus().values()) {
            TrackingToken position = status.getTrackingToken();
            if (status.isErrorState()) {
                continue;
            }
            if (position == null || !position.covers(head)) {
                return false;
            }
        }
        return true;
    }
}
