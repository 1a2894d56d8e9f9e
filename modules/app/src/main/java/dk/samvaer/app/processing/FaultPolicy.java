package dk.samvaer.app.processing;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * Decides what a handler's failure means. A fault of the event itself (a constraint it breaks, a value the table cannot
 * hold, a bug for this shape of event) parks the event in the dead-letter queue: only its sequence waits. A fault of the
 * surroundings (no connection, a deadlock, the database shutting down) says nothing about the event: it is thrown on,
 * so the whole batch rolls back and is tried again, and the stall shows in health until the surroundings recover.
 * Parking those would fill the queue with good events.
 */
final class FaultPolicy implements EnqueuePolicy<EventMessage<?>> {

    /** SQLState classes of faults outside the event: connection, transaction rollback, resources, operator, system. */
    private static final Set<String> TRANSIENT_SQL_STATE_CLASSES = Set.of("08", "40", "53", "57", "58");

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (isTransient(cause)) {
            throw cause instanceof RuntimeException runtime ? runtime : new TransientProcessingFault(cause);
        }
        // kept by type and a message cut to the column's size, never with its stack
        return Decisions.enqueue(ThrowableCause.truncated(cause));
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TransientDataAccessException
                    || cause instanceof RecoverableDataAccessException
                    || cause instanceof CannotGetJdbcConnectionException
                    || cause instanceof SQLTransientException
                    || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().length() >= 2
                    && TRANSIENT_SQL_STATE_CLASSES.contains(sql.getSQLState().substring(0, 2))) {
                return true;
            }
        }
        return false;
    }

    /** A checked transient fault, thrown on unchanged in meaning. */
    static final class TransientProcessingFault extends RuntimeException {
        TransientProcessingFault(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }
}
