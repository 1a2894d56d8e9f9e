package dk.samvaer.app.eventstore;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.lang.management.ManagementFactory;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The event store is Axon's JDBC engine over tables that Flyway owns ({@code db/migration/eventstore}): snake_case
 * names, {@code BYTEA} payloads (never PostgreSQL large objects) and an identity column for the global index, so
 * there are no sequence-allocation gaps. Messages are serialised as JSON with Jackson 2.
 */
@Configuration(proxyBeanMethods = false)
public class EventStoreConfiguration {

    /** Unique-constraint violation, the same SQLState on H2 and PostgreSQL. */
    static final String UNIQUE_VIOLATION = "23505";

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("time_stamp")
                .setOwnerColumn("owner")
                .build();
    }

    /**
     * A duplicate (aggregate, sequence) key means another command appended first: Axon turns it into a retryable
     * {@code ConcurrencyException}. Detected by SQLState so it works on H2 and PostgreSQL alike.
     */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return exception -> {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                    return true;
                }
            }
            return false;
        };
    }

    /**
     * Declared here rather than left to Axon's JDBC auto-configuration, whose {@code @ConditionalOnBean(DataSource)}
     * is evaluated before Spring Boot 4 has registered the data source.
     */
    @Bean
    ConnectionProvider connectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    /** Axon's units of work join Spring's JDBC transactions: events, tokens and read models commit together. */
    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }

    @Bean
    EventStorageEngine eventStorageEngine(
            Serializer serializer,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            PersistenceExceptionResolver persistenceExceptionResolver,
            org.axonframework.config.Configuration configuration,
            ConnectionProvider connectionProvider,
            TransactionManager transactionManager,
            EventSchema eventSchema,
            @Value("${samvaer.event-store.batch-size:500}") int batchSize) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .batchSize(batchSize)
                .build();
    }

    /**
     * The embedded event store feeds the streaming processors. A short fetch delay bounds how long a processor waits
     * for events committed by another node (or missed wake-ups): projections lag writes by milliseconds, not a second.
     */
    @Bean
    EmbeddedEventStore eventStore(
            EventStorageEngine storageEngine,
            org.axonframework.config.Configuration configuration,
            @Value("${samvaer.event-store.fetch-delay:PT0.05S}") Duration fetchDelay) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .fetchDelay(fetchDelay.toMillis())
                .build();
    }

    /**
     * This node's name in the token store's claims and in {@code cluster_node}: {@code samvaer.node-id}, by default the
     * host name with a random suffix, so that two processes (or two contexts in a test) never share a claim.
     */
    @Bean
    ClusterNode clusterNode(@Value("${samvaer.node-id:}") String configured) {
        return new ClusterNode(
                configured.isBlank()
                        ? ManagementFactory.getRuntimeMXBean().getName() + "/"
                                + UUID.randomUUID().toString().substring(0, 8)
                        : configured);
    }

    @Bean
    TokenStore tokenStore(
            ConnectionProvider connectionProvider,
            Serializer serializer,
            TokenSchema tokenSchema,
            ClusterNode node,
            @Value("${samvaer.processors.claim-timeout:PT10S}") Duration claimTimeout) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .schema(tokenSchema)
                .serializer(serializer)
                .nodeId(node.id())
                .claimTimeout(claimTimeout)
                .build();
    }

    /**
     * Several nodes on one database share each projection's segments fairly (not in the read-only audit CLI, nor with
     * Axon's default processors, which the benchmark runs as its baseline).
     */
    @Bean
    @ConditionalOnExpression("!${samvaer.read-only:false} && '${samvaer.processors.mode:pooled}' == 'pooled'")
    SegmentBalancer segmentBalancer(
            ClusterNode node,
            JdbcClient jdbc,
            EventProcessingConfiguration processing,
            @Value("${samvaer.processors.balance-interval:PT2S}") Duration interval) {
        return new SegmentBalancer(node.id(), jdbc, processing, interval, Clock.systemUTC());
    }

    @Bean
    @Primary
    Serializer serializer() {
        return jackson();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return jackson();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return jackson();
    }

    /** Commands retry a few times when another command on the same aggregate won the race (any node). */
    @Bean
    CommandGateway commandGateway(CommandBus commandBus, @Value("${samvaer.commands.max-retries:5}") int maxRetries) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(new RetryOnConcurrentModification(maxRetries))
                .build();
    }

    /** The processors' view of the event store, woken on commit rather than polled every 500 ms. */
    @Bean(destroyMethod = "close")
    WakingEventSource wakingEventSource(
            @Value("${samvaer.processors.wake-poll-interval:PT0.05S}") Duration pollInterval) {
        return new WakingEventSource(pollInterval);
    }

    /** The one processor that runs every projection in pooled mode (ADR 0015). */
    public static final String PROJECTIONS = "projections";

    /**
     * Every processing group runs in one pooled streaming processor, {@value #PROJECTIONS}: replayable, segment-parallel, token per segment.
     * {@code samvaer.processors.mode=axon-defaults} runs Axon's default tracking processors instead (one thread and
     * segment, batches of one event, polling the store): the baseline of the rebuild benchmark, not for production.
     */
    @Bean
    ConfigurerModule pooledStreamingProcessors(
            @Value("${samvaer.read-only:false}") boolean readOnly,
            @Value("${samvaer.processors.mode:pooled}") String mode,
            WakingEventSource source,
            @Value("${samvaer.processors.initial-segments:4}") int initialSegments,
            @Value("${samvaer.processors.batch-size:500}") int batchSize,
            @Value("${samvaer.processors.claim-interval:PT5S}") Duration claimInterval) {
        if (readOnly) {
            // The audit CLI: projections stay inert (nothing is published in this process), no token is written.
            return configurer -> configurer.eventProcessing().usingSubscribingEventProcessors();
        }
        if (mode.equals("axon-defaults")) {
            // Starting at the head, so that a node switched to this mode replays only when asked (POST /audit/rebuild)
            return configurer -> configurer
                    .eventProcessing()
                    .usingTrackingEventProcessors()
                    .registerTrackingEventProcessorConfiguration(
                            config -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                    .andInitialTrackingToken(StreamableMessageSource::createHeadToken));
        }
        if (!mode.equals("pooled")) {
            throw new IllegalArgumentException("samvaer.processors.mode is pooled or axon-defaults, not " + mode);
        }
        return configurer -> configurer
                .eventProcessing()
                // one processor reads the stream once for every projection (each group keeps its own dead letters);
                // a group assigned explicitly (a test's probe) keeps its own processor
                .assignProcessingGroup(group -> PROJECTIONS)
                .usingPooledStreamingEventProcessors(
                        (config, builder) -> builder.messageSource(source.bind(config.eventStore()))
                                .initialSegmentCount(initialSegments)
                                .batchSize(batchSize)
                                .tokenClaimInterval(claimInterval.toMillis()));
    }

    static Serializer jackson() {
        ObjectMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        return JacksonSerializer.builder().objectMapper(mapper).build();
    }
}
