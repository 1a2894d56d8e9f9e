package dk.samvaer.collaboration;

import dk.samvaer.collaboration.domain.CollaborationGroup;
import dk.samvaer.collaboration.domain.Meeting;
import dk.samvaer.collaboration.domain.NetworkMeeting;
import dk.samvaer.collaboration.domain.SelfAssessment;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the collaboration context's aggregates. */
@Configuration(proxyBeanMethods = false)
public class CollaborationModule {

    @Bean
    ConfigurerModule collaborationAggregates() {
        return configurer -> configurer
                .configureAggregate(CollaborationGroup.class)
                .configureAggregate(Meeting.class)
                .configureAggregate(NetworkMeeting.class)
                .configureAggregate(SelfAssessment.class);
    }
}
