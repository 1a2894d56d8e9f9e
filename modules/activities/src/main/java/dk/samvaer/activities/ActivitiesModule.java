package dk.samvaer.activities;

import dk.samvaer.activities.domain.Activity;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the activities context's aggregate. */
@Configuration(proxyBeanMethods = false)
public class ActivitiesModule {

    @Bean
    ConfigurerModule activitiesAggregates() {
        return configurer -> configurer.configureAggregate(Activity.class);
    }
}
