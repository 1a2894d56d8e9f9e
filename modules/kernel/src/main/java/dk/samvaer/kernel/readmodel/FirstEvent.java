package dk.samvaer.kernel.readmodel;

import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Reads the first event of an aggregate's own stream: what created it. Strongly consistent (no projection lag), on
 * every node; used to resolve references to another aggregate, such as the municipality of a centre or activity.
 */
public final class FirstEvent {

    private FirstEvent() {}

    public static <T> Optional<T> of(EventStore eventStore, String aggregateId, Class<T> type) {
        DomainEventStream stream = eventStore.readEvents(aggregateId);
        if (stream.hasNext() && type.isInstance(stream.peek().getPayload())) {
            return Optional.of(type.cast(stream.next().getPayload()));
        }
        return Optional.empty();
    }
}
