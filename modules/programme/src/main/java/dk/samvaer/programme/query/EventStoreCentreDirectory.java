package dk.samvaer.programme.query;

import dk.samvaer.kernel.readmodel.FirstEvent;
import dk.samvaer.programme.api.CentreDirectory;
import dk.samvaer.programme.api.CentreId;
import dk.samvaer.programme.api.CentreRegistered;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
        Optional<CentreSummary> found = FirstEvent.of(eventStore, centreId.toString(), CentreRegistered.class)
                .map(registered ->
                        new CentreSummary(registered.centreId(), registered.municipalityCode(), registered.name()));
        found.ifPresent(summary -> known.put(centreId, summary));
        return found;
    }
}
