package dk.samvaer.activities;

import dk.samvaer.activities.domain.Activity;
import dk.samvaer.activities.domain.LinkTokens;
import java.security.SecureRandom;
import java.util.Base64;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the activities context's aggregate and what its command handlers are given. */
@Configuration(proxyBeanMethods = false)
public class ActivitiesModule {

    @Bean
    ConfigurerModule activitiesAggregates() {
        return configurer -> configurer.configureAggregate(Activity.class);
    }

    /** 128 random bits, base64url: a public evaluation link no one can guess or count. */
    @Bean
    LinkTokens linkTokens() {
        SecureRandom random = new SecureRandom();
        return () -> {
            byte[] bytes = new byte[16];
            random.nextBytes(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        };
    }
}
