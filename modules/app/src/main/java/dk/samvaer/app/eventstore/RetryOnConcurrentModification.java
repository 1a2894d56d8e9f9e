package dk.samvaer.app.eventstore;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Optimistic concurrency with retry: when another command (on this or another node) appended to the same aggregate
 * first, the command is loaded and run again against the new state, after a short random pause, a few times. Every
 * other failure (a broken rule, bad input, an aggregate that already exists) is final and answered at once.
 */
final class RetryOnConcurrentModification implements RetryScheduler {

    private static final Logger log = LoggerFactory.getLogger(RetryOnConcurrentModification.class);

    private final int maxRetries;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "command-retry");
        thread.setDaemon(true);
        return thread;
    });

    RetryOnConcurrentModification(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public boolean scheduleRetry(
            CommandMessage command,
            RuntimeException lastFailure,
            List<Class<? extends Throwable>[]> failures,
            Runnable dispatch) {
        boolean concurrent = lastFailure instanceof ConcurrencyException
                && !(lastFailure instanceof AggregateStreamCreationException);
        if (!concurrent || failures.size() > maxRetries) {
            return false;
        }
        log.info(
                "Retrying {} (attempt {}) after a concurrent change to its aggregate",
                command.getCommandName(),
                failures.size());
        long pause = ThreadLocalRandom.current().nextLong(5, 20L * failures.size() + 10);
        executor.schedule(dispatch, pause, TimeUnit.MILLISECONDS);
        return true;
    }
}
