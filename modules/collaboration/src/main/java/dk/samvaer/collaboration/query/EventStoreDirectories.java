package dk.samvaer.collaboration.query;

import dk.samvaer.collaboration.api.CollaborationGroupCreated;
import dk.samvaer.collaboration.api.GroupDirectory;
import dk.samvaer.collaboration.api.GroupId;
import dk.samvaer.collaboration.api.MeetingDirectory;
import dk.samvaer.collaboration.api.MeetingId;
import dk.samvaer.collaboration.api.MeetingScheduled;
import dk.samvaer.kernel.readmodel.FirstEvent;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Groups and meetings found by the event that created them: strongly consistent, on every node. */
@Configuration(proxyBeanMethods = false)
class EventStoreDirectories {

    @Bean
    GroupDirectory groupDirectory(EventStore eventStore) {
        return (GroupId groupId) -> FirstEvent.of(eventStore, groupId.toString(), CollaborationGroupCreated.class);
    }

    @Bean
    MeetingDirectory meetingDirectory(EventStore eventStore) {
        return (MeetingId meetingId) -> FirstEvent.of(eventStore, meetingId.toString(), MeetingScheduled.class);
    }
}
