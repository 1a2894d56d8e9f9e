package dk.samvaer.app.eventstore;

import dk.samvaer.kernel.node.ClusterNode;
import dk.samvaer.kernel.node.NodeProperties;
import java.time.Clock;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.Serializer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The processors that keep the read models: one pooled streaming processor for every projection (ADR 0015), its
 * tokens in the store's database, woken on commit, its segments shared fairly by the nodes.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProcessorProperties.class)
class ProcessorConfiguration {

    /** The one processor that runs every projection in pooled mode (ADR 0015). */
    static final String PROJECTIONS = "projections";

    @Bean
    TokenStore tokenStore(
            ConnectionProvider connectionProvider,
            Serializer serializer,
            TokenSchema tokenSchema,
            ClusterNode node,
            ProcessorProperties properties) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .schema(tokenSchema)
                .serializer(serializer)
                .nodeId(node.id())
                .claimTimeout(properties.claimTimeout())
                .build();
    }

    /** The processors' view of the event store, woken on commit rather than polled every 500 ms. */
    @Bean(destroyMethod = "close")
    WakingEventSource wakingEventSource(ProcessorProperties properties) {
        return new WakingEventSource(properties.wakePollInterval());
    }

    /** Several nodes on one database share each projection's segments fairly. */
    @Bean
    @ConditionalOnPooledProcessors
    SegmentBalancer segmentBalancer(
            ClusterNode node,
            JdbcClient jdbc,
            EventProcessingConfiguration processing,
            ProcessorProperties properties) {
        return new SegmentBalancer(node.id(), jdbc, processing, properties.balanceInterval(), Clock.systemUTC());
    }

    /**
     * Every processing group runs in one pooled streaming processor, {@value #PROJECTIONS}: replayable,
     * segment-parallel, token per segment. {@code samvaer.processors.mode=axon-defaults} runs Axon's default tracking
     * processors instead (one thread and segment, batches of one event, polling the store): the baseline of the
     * rebuild benchmark, not for production.
     */
    @Bean
    ConfigurerModule pooledStreamingProcessors(
            NodeProperties node, ProcessorProperties properties, WakingEventSource source) {
        if (node.readOnly()) {
            // The audit CLI: projections stay inert (nothing is published in this process), no token is written.
            return configurer -> configurer.eventProcessing().usingSubscribingEventProcessors();
        }
        if (properties.mode() == ProcessorProperties.Mode.AXON_DEFAULTS) {
            // Starting at the head, so that a node switched to this mode replays only when asked (POST /audit/rebuild)
            return configurer -> configurer
                    .eventProcessing()
                    .usingTrackingEventProcessors()
                    .registerTrackingEventProcessorConfiguration(
                            config -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                    .andInitialTrackingToken(StreamableMessageSource::createHeadToken));
        }
        return configurer -> configurer
                .eventProcessing()
                // one processor reads the stream once for every projection (each group keeps its own dead letters);
                // a group assigned explicitly (a test's probe) keeps its own processor
                .assignProcessingGroup(group -> PROJECTIONS)
                .usingPooledStreamingEventProcessors(
                        (config, builder) -> builder.messageSource(source.bind(config.eventStore()))
                                .initialSegmentCount(properties.initialSegments())
                                .batchSize(properties.batchSize())
                                .tokenClaimInterval(properties.claimInterval().toMillis()));
    }
}
