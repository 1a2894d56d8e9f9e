package dk.samvaer.reporting.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;

/**
 * Hands events to projections as a streaming processor does: through Axon's annotation dispatch, each event with the
 * next position in the store and the instant it was recorded (one second after the previous one unless given).
 */
final class ProjectionFeed {

    private final List<EventMessageHandler> projections = new ArrayList<>();
    private long position;
    private TransactionManager transactions;
    private Instant clock = Instant.parse("2025-01-01T08:00:00Z");

    /**
     * A feed whose batches each run in a transaction of {@code transactions}, as a segment's do, at positions from
     * {@code firstPosition} (give each concurrent feed its own range).
     */
    static ProjectionFeed inTransactions(TransactionManager transactions, long firstPosition, Object... projections) {
        ProjectionFeed feed = new ProjectionFeed(projections);
        feed.transactions = transactions;
        feed.position = firstPosition;
        return feed;
    }

    ProjectionFeed(Object... projections) {
        for (Object projection : projections) {
            this.projections.add(new AnnotationEventHandlerAdapter(projection));
        }
    }

    /** Handles an event recorded one second after the previous one. */
    void on(Object event) {
        at(clock.plusSeconds(1), event);
    }

    /** Handles an event recorded at {@code recordedAt}. */
    void at(Instant recordedAt, Object event) {
        clock = recordedAt;
        handle(new GenericEventMessage<>(UUID.randomUUID().toString(), event, MetaData.emptyInstance(), recordedAt));
    }

    /** Handles events recorded one second apart as one batch, at the next positions. */
    void batch(List<Object> events) {
        List<TrackedEventMessage<?>> batch = new ArrayList<>();
        for (Object event : events) {
            clock = clock.plusSeconds(1);
            batch.add(new GenericTrackedEventMessage<>(
                    new GlobalSequenceTrackingToken(++position),
                    new GenericEventMessage<>(UUID.randomUUID().toString(), event, MetaData.emptyInstance(), clock)));
        }
        handleBatch(batch);
    }

    /**
     * Handles events already tracked (read from a store) as a streaming processor does: a batch in one unit of work,
     * the projections' writes queued and run at its end.
     */
    void handleBatch(List<? extends TrackedEventMessage<?>> batch) {
        BatchingUnitOfWork<TrackedEventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(new ArrayList<>(batch));
        if (transactions != null) {
            unitOfWork.attachTransaction(transactions);
        }
        ResultMessage<?> result = unitOfWork.executeWithResult(
                () -> {
                    dispatch((EventMessage<?>) CurrentUnitOfWork.get().getMessage());
                    return null;
                },
                RollbackConfigurationType.ANY_THROWABLE);
        if (result.isExceptional()) {
            throw new IllegalStateException(result.exceptionResult());
        }
    }

    /** Handles a message as it is, at the next position: a redelivery when it was handled before. */
    void handle(EventMessage<?> message) {
        try {
            dispatch(new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(++position), message));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void dispatch(EventMessage<?> event) throws Exception {
        for (EventMessageHandler projection : projections) {
            if (projection.canHandle(event)) {
                projection.handle(event);
            }
        }
    }
}
