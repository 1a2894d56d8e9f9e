package dk.samvaer.outreach;

import dk.samvaer.outreach.domain.CitizenErasure;
import dk.samvaer.outreach.domain.Escort;
import dk.samvaer.outreach.domain.Referral;
import dk.samvaer.outreach.domain.RetentionRun;
import dk.samvaer.outreach.domain.VisibilityAction;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the outreach context's aggregates. */
@Configuration(proxyBeanMethods = false)
public class OutreachModule {

    @Bean
    ConfigurerModule outreachAggregates() {
        return configurer -> configurer
                .configureAggregate(Escort.class)
                .configureAggregate(Referral.class)
                .configureAggregate(VisibilityAction.class)
                .configureAggregate(CitizenErasure.class)
                .configureAggregate(RetentionRun.class);
    }
}
