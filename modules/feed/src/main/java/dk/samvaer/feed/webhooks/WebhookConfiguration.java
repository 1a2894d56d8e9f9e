package dk.samvaer.feed.webhooks;

import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The webhooks' wiring: the allowed hosts and the {@value
 * WebhookTrigger#GROUP} processor with its one handler.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookConfiguration {

    @Bean
    AllowedHosts allowedHosts(WebhookProperties properties) {
        return new AllowedHosts(properties.allowedHosts());
    }

    /**
     * The {@value WebhookTrigger#GROUP} processing group runs in a pooled streaming processor of its own with one
     * segment (the outbox is written by one writer at a time anyway), starting at the head of the store: what came
     * before is not news, and a subscription starts where the log was when it was made.
     */
    @Bean
    ConfigurerModule webhookProcessor(ObjectProvider<WebhookOutbox> outbox, ObjectProvider<WebhookSender> sender) {
        return configurer -> configurer
                .eventProcessing()
                .registerEventHandler(config -> new WebhookTrigger(() -> {
                    if (outbox.getObject().catchUp() > 0) {
                        sender.ifAvailable(WebhookSender::wake);
                    }
                }))
                .assignProcessingGroup(WebhookTrigger.GROUP, WebhookTrigger.GROUP)
                .registerPooledStreamingEventProcessorConfiguration(
                        WebhookTrigger.GROUP, (config, builder) -> builder.initialSegmentCount(1)
                                .initialToken(source -> source.createHeadToken()));
    }
}
