package dk.samvaer.programme;

import dk.samvaer.programme.api.Municipalities;
import dk.samvaer.programme.domain.Centre;
import dk.samvaer.programme.domain.ProjectYear;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the programme context: its aggregates and its reference data. */
@Configuration(proxyBeanMethods = false)
public class ProgrammeModule {

    @Bean
    ConfigurerModule programmeAggregates() {
        return configurer -> configurer.configureAggregate(Centre.class).configureAggregate(ProjectYear.class);
    }

    @Bean
    Municipalities municipalities() {
        return Municipalities.danish();
    }
}
