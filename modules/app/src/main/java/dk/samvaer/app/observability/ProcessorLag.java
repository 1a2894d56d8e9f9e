package dk.samvaer.app.observability;

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
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                Gauge.builder("samvaer.processor.lag.events", () -> lag(streaming, head()))
                        .description("Events stored but not yet processed by this node's segments of the projection")
                        .tag("processor", name)
                        .register(registry);
            }
        });
    }

    @Override
    public Health health() {
        long head = head();
        Map<String, Object> details = new LinkedHashMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                Map<String, Object> detail = new LinkedHashMap<>();
                detail.put("running", streaming.isRunning());
                detail.put("segments", streaming.processingStatus().size());
                detail.put("lag", lag(streaming, head));
                detail.put("error", streaming.isError());
                details.put(name, detail);
            }
        });
        return Health.up().withDetail("head", head).withDetails(details).build();
    }

    private long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }

    private static long lag(StreamingEventProcessor processor, long head) {
        long lowest = head;
        for (EventTrackerStatus status : processor.processingStatus().values()) {
            lowest = Math.min(lowest, status.getCurrentPosition().orElse(0));
        }
        return Math.max(0, head - lowest);
    }
}
