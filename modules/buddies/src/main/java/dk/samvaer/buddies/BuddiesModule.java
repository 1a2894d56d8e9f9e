package dk.samvaer.buddies;

import dk.samvaer.buddies.domain.Buddy;
import dk.samvaer.buddies.domain.StaffWelcome;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the buddy scheme's aggregates. */
@Configuration(proxyBeanMethods = false)
public class BuddiesModule {

    @Bean
    ConfigurerModule buddiesAggregates() {
        return configurer -> configurer.configureAggregate(Buddy.class).configureAggregate(StaffWelcome.class);
    }
}
