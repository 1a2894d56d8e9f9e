package dk.samvaer.programme.query;

import dk.samvaer.programme.api.CentreDirectory;
import dk.samvaer.programme.api.CentreId;
import dk.samvaer.programme.api.CentreRegistered;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Finds a centre by reading the first event of its own stream, so a centre is known the moment its registration
 * committed (no projection lag), on every node. A centre never moves municipality, so found centres are cached.
 */
@Component
class EventStoreCentreDirectory implements CentreDirectory {

    private final EventStore eventStore;
    private final Map<CentreId, CentreSummary> known = new ConcurrentHashMap<>();

    EventStoreCentreDirectory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Optional<CentreSummary> find(CentreId centreId) {
        CentreSummary cached = known.get(centreId);
        if (cached != null) {
            return Optional.of(cached);
        }
        DomainEventStream stream = eventStore.readEvents(centreId.toString());
        if (stream.hasNext() && stream.next().getPayload() instanceof CentreRegistered registered) {
            CentreSummary summary =
                    new CentreSummary(registered.centreId(), registered.municipalityCode(), registered.name());
            known.put(centreId, summary);
            return Optional.of(summary);
        }
        return Optional.empty();
    }
}
