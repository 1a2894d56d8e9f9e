package dk.samvaer.reporting.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.MetaData;

/**
 * Hands events to projections as a streaming processor does: through Axon's annotation dispatch, each event with the
 * next position in the store and the instant it was recorded (one second after the previous one unless given).
 */
final class ProjectionFeed {

    private final List<EventMessageHandler> projections = new ArrayList<>();
    private long position;
    private Instant clock = Instant.parse("2025-01-01T08:00:00Z");

    ProjectionFeed(Object... projections) {
        for (Object projection : projections) {
            this.projections.add(new AnnotationEventHandlerAdapter(projection));
        }
    }

    /** Handles an event recorded one second after the previous one. */
    void on(Object event) {
        at(clock.plusSeconds(1), event);
    }

    /** Handles an event recorded at {@code recordedAt}. */
    void at(Instant recordedAt, Object event) {
        clock = recordedAt;
        handle(new GenericEventMessage<>(UUID.randomUUID().toString(), event, MetaData.emptyInstance(), recordedAt));
    }

    /** Handles a message as it is, at the next position: a redelivery when it was handled before. */
    void handle(EventMessage<?> message) {
        GenericTrackedEventMessage<?> tracked =
                new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(++position), message);
        for (EventMessageHandler projection : projections) {
            try {
                if (projection.canHandle(tracked)) {
                    projection.handle(tracked);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
