package dk.samvaer.outreach.query;

import dk.samvaer.kernel.readmodel.FirstEvent;
import dk.samvaer.outreach.api.ReferralDirectory;
import dk.samvaer.outreach.api.ReferralId;
import dk.samvaer.outreach.api.ReferralMade;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Referrals found by the event that made them: strongly consistent, on every node. */
@Configuration(proxyBeanMethods = false)
class EventStoreReferralDirectory {

    @Bean
    ReferralDirectory referralDirectory(EventStore eventStore) {
        return (ReferralId referralId) -> FirstEvent.of(eventStore, referralId.toString(), ReferralMade.class);
    }
}
