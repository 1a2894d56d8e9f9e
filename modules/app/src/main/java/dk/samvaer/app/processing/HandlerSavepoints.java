package dk.samvaer.app.processing;

import dk.samvaer.kernel.readmodel.ProjectionWrites;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A handler that fails leaves no writes behind, so its event can be parked in the dead-letter queue and the rest of the
 * batch, with its token, still commits. While the batch queues its writes ({@link ProjectionWrites#deferring()}) that
 * only means dropping what the handler queued; when an event writes at once (a retried batch that failed at commit),
 * its handler runs inside a savepoint of the batch's transaction. Without it PostgreSQL refuses every later statement
 * of the transaction ("current transaction is aborted") and H2 keeps the failed handler's partial writes.
 */
final class HandlerSavepoints implements HandlerEnhancerDefinition {

    private final PlatformTransactionManager transactions;

    HandlerSavepoints(PlatformTransactionManager transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!original.canHandleMessageType(EventMessage.class)) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                if (ProjectionWrites.deferring()) {
                    Runnable discard = ProjectionWrites.discardOnFailure();
                    try {
                        return super.handle(message, target);
                    } catch (Exception | Error e) {
                        discard.run();
                        throw e;
                    }
                }
                if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                    return super.handle(message, target);
                }
                TransactionStatus savepoint = transactions.getTransaction(NESTED);
                Object result;
                try {
                    result = super.handle(message, target);
                } catch (Exception | Error e) {
                    transactions.rollback(savepoint);
                    throw e;
                }
                transactions.commit(savepoint);
                return result;
            }
        };
    }

    private static final TransactionDefinition NESTED =
            new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED);
}
