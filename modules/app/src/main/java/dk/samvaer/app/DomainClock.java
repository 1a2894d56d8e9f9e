package dk.samvaer.app;

import dk.samvaer.kernel.Denmark;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock the aggregates' rules ask for today's date (a command-handler parameter, see ADR 0005): Danish time, since
 * "not in the future" is about the day in the municipalities. Fixtures inject a fixed one.
 */
@Configuration(proxyBeanMethods = false)
class DomainClock {

    static final ZoneId DENMARK = Denmark.ZONE;

    @Bean
    Clock clock() {
        return Clock.system(DENMARK);
    }
}
