package dk.samvaer.app.processing;

import dk.samvaer.app.eventstore.ConditionalOnPooledProcessors;
import dk.samvaer.kernel.readmodel.ProjectionWrites;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.ListenerInvocationErrorHandler;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The projections' processors meet failing events with Axon's dead-letter queue, kept in {@code dead_letter_entry} on the
 * same database and in the same transaction as the read models and tokens (ADR 0012). A failed event is parked with its
 * cause; later events of its sequence (its aggregate) are parked behind it, so their order holds; every other sequence
 * of the segment goes on. Nothing is ever skipped silently: outside the queue, a failing handler fails its batch.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FaultProperties.class)
public class DeadLetterConfiguration {

    /** Axon's default logs a handler's failure and moves on, losing the event for the read model: never. */
    @Bean
    ListenerInvocationErrorHandler propagatingListenerErrors() {
        return PropagatingErrorHandler.INSTANCE;
    }

    @Bean
    static HandlerEnhancerDefinition handlerSavepoints(PlatformTransactionManager transactions) {
        return new HandlerSavepoints(transactions);
    }

    /** The projections' writes, queued per batch of events and run at its commit. */
    @Bean
    ProjectionWrites projectionWrites(JdbcTemplate jdbc) {
        return new ProjectionWrites(jdbc);
    }

    @Bean
    DeadLetterSchema deadLetterSchema() {
        return DeadLetterSchema.builder()
                .deadLetterTable("dead_letter_entry")
                .deadLetterIdentifierColumn("dead_letter_id")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }

    /**
     * Every processing group of the pooled processors gets a queue (not the read-only audit CLI, whose projections are
     * inert, nor Axon's default processors, the benchmark's baseline).
     */
    @Bean
    @ConditionalOnPooledProcessors
    ConfigurerModule deadLetterQueues(
            ConnectionProvider connectionProvider,
            TransactionManager transactionManager,
            DeadLetterSchema schema,
            Serializer serializer,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            FaultProperties properties) {
        return configurer -> {
            EventProcessingConfigurer processing = configurer.eventProcessing();
            processing
                    .registerDeadLetterQueueProvider(group -> {
                        // the queue is asked whether a sequence is parked once per segment, not once per event
                        processing.registerDeadLetteringEventHandlerInvokerConfiguration(
                                group, (config, invoker) -> invoker.enableSequenceIdentifierCache());
                        return config -> JdbcSequencedDeadLetterQueue.builder()
                                .processingGroup(group)
                                .connectionProvider(connectionProvider)
                                .transactionManager(transactionManager)
                                .schema(schema)
                                .genericSerializer(serializer)
                                .eventSerializer(eventSerializer)
                                .maxSequences(properties.maxDeadLetterSequences())
                                .build();
                    })
                    .registerDefaultDeadLetterPolicy(config -> new FaultPolicy());
        };
    }
}
