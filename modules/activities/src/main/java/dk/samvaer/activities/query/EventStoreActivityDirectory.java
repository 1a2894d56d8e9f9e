package dk.samvaer.activities.query;

import dk.samvaer.activities.api.ActivityDirectory;
import dk.samvaer.activities.api.ActivityId;
import dk.samvaer.activities.api.ActivityPlanned;
import dk.samvaer.kernel.readmodel.FirstEvent;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** Finds an activity by the event that planned it; an activity never changes centre, so found ones are cached. */
@Component
class EventStoreActivityDirectory implements ActivityDirectory {

    private final EventStore eventStore;
    private final Map<ActivityId, ActivitySummary> known = new ConcurrentHashMap<>();

    EventStoreActivityDirectory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Optional<ActivitySummary> find(ActivityId activityId) {
        ActivitySummary cached = known.get(activityId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<ActivitySummary> found = FirstEvent.of(eventStore, activityId.toString(), ActivityPlanned.class)
                .map(planned -> new ActivitySummary(
                        planned.activityId(), planned.centreId(), planned.municipalityCode(), planned.title()));
        found.ifPresent(summary -> known.put(activityId, summary));
        return found;
    }
}
