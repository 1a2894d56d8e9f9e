package dk.samvaer.buddies.query;

import dk.samvaer.buddies.api.BuddyDirectory;
import dk.samvaer.buddies.api.BuddyEnrolled;
import dk.samvaer.buddies.api.BuddyId;
import dk.samvaer.kernel.readmodel.FirstEvent;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Buddies found by the event that enrolled them: strongly consistent, on every node. */
@Configuration(proxyBeanMethods = false)
class EventStoreBuddyDirectory {

    @Bean
    BuddyDirectory buddyDirectory(EventStore eventStore) {
        return (BuddyId buddyId) -> FirstEvent.of(eventStore, buddyId.toString(), BuddyEnrolled.class);
    }
}
