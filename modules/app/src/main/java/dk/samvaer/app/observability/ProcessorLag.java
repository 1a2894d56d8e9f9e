package dk.samvaer.app.observability;

import dk.samvaer.kernel.readmodel.StreamingProcessors;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * How far each projection is behind the event store, in events: the head position minus the lowest position of the
 * segments this node processes. Exposed as {@code samvaer_processor_lag_events{processor}} and in the readiness
 * health detail ({@code /actuator/health/readiness}). Segments processed by other nodes are measured there.
 */
@Component("processors")
class ProcessorLag implements HealthIndicator, SmartInitializingSingleton {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final MeterRegistry registry;

    ProcessorLag(EventProcessingConfiguration processing, EventStore eventStore, MeterRegistry registry) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.registry = registry;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (StreamingEventProcessor processor : StreamingProcessors.of(processing)) {
            Gauge.builder("samvaer.processor.lag.events", () -> lag(processor.processingStatus(), head()))
                    .description("Events stored but not yet processed by this node's segments of the projection")
                    .tag("processor", processor.getName())
                    .register(registry);
        }
    }

    @Override
    public Health health() {
        long head = head();
        Map<String, Object> details = new LinkedHashMap<>();
        for (StreamingEventProcessor processor : StreamingProcessors.of(processing)) {
            Map<Integer, EventTrackerStatus> status = processor.processingStatus();
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("running", processor.isRunning());
            detail.put("segments", status.size());
            detail.put("lag", lag(status, head));
            detail.put("error", processor.isError());
            details.put(processor.getName(), detail);
        }
        return Health.up().withDetail("head", head).withDetails(details).build();
    }

    private long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }

    private static long lag(Map<Integer, EventTrackerStatus> status, long head) {
        long lowest = head;
        for (EventTrackerStatus segment : status.values()) {
            lowest = Math.min(lowest, segment.getCurrentPosition().orElse(0));
        }
        return Math.max(0, head - lowest);
    }
}
