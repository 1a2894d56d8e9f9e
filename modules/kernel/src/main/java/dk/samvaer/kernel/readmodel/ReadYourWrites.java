package dk.samvaer.kernel.readmodel;

import java.time.Duration;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes for front ends. Projections are updated asynchronously by streaming processors; after a write, an
 * endpoint calls {@link #await()} so that a read that follows on this node sees the write. It waits, boundedly, until
 * every segment this node processes has passed the head of the event store as it was when called. Segments claimed by
 * other nodes are not waited for, and a timeout only means the read may briefly lag: the write itself stands.
 */
@Component
@EnableConfigurationProperties(ReadYourWritesProperties.class)
public class ReadYourWrites {

    private static final Logger log = LoggerFactory.getLogger(ReadYourWrites.class);

    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;
    private final Duration timeout;

    ReadYourWrites(
            EventStore eventStore, EventProcessingConfiguration processing, ReadYourWritesProperties properties) {
        this.eventStore = eventStore;
        this.processing = processing;
        this.timeout = properties.timeout();
    }

    /** Waits until this node's projections include every event stored so far; returns whether they do. */
    public boolean await() {
        TrackingToken head = eventStore.createHeadToken();
        if (head == null) {
            return true;
        }
        List<StreamingEventProcessor> processors = StreamingProcessors.of(processing);
        long headPosition = head.position().orElse(-1);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!processors.stream().allMatch(processor -> StreamingProcessors.caughtUpHere(processor, headPosition))) {
            if (System.nanoTime() > deadline) {
                // one line per write: under a backfill this happens often, and the full status is in /actuator/health
                log.warn(
                        "Read models {} did not reach event {} within {}; the answer may not show this write yet",
                        processors.stream()
                                .filter(processor -> !StreamingProcessors.caughtUpHere(processor, headPosition))
                                .map(StreamingEventProcessor::getName)
                                .toList(),
                        head.position().orElse(-1),
                        timeout);
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
}
