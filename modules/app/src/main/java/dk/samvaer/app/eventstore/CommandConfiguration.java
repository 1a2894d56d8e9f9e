package dk.samvaer.app.eventstore;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The command gateway every module sends through. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CommandProperties.class)
class CommandConfiguration {

    /** Commands retry a few times when another command on the same aggregate won the race (any node). */
    @Bean
    CommandGateway commandGateway(CommandBus commandBus, CommandProperties properties) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(new RetryOnConcurrentModification(properties.maxRetries()))
                .build();
    }
}
