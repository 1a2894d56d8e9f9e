package dk.samvaer.app.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

class RetryOnConcurrentModificationTest {

    private final RetryOnConcurrentModification retries = new RetryOnConcurrentModification(3);
    private final CommandMessage<?> command = GenericCommandMessage.asCommandMessage("correct the logbook");

    @Test
    void aCommandThatLostARaceOnItsAggregateIsDispatchedAgain() throws InterruptedException {
        CountDownLatch dispatched = new CountDownLatch(1);

        boolean scheduled = retries.scheduleRetry(
                command, new ConcurrencyException("sequence 4 taken"), failures(1), dispatched::countDown);

        assertThat(scheduled).isTrue();
        assertThat(dispatched.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void anAggregateThatAlreadyExistsIsNotRetried() {
        assertThat(retries.scheduleRetry(
                        command, new AggregateStreamCreationException("exists"), failures(1), () -> {}))
                .isFalse();
    }

    @Test
    void aBrokenRuleIsNotRetried() {
        assertThat(retries.scheduleRetry(command, new IllegalStateException("rule"), failures(1), () -> {}))
                .isFalse();
    }

    @Test
    void aCommandIsRetriedAtMostTheConfiguredNumberOfTimes() {
        assertThat(retries.scheduleRetry(command, new ConcurrencyException("again"), failures(3), () -> {}))
                .isTrue();
        assertThat(retries.scheduleRetry(command, new ConcurrencyException("again"), failures(4), () -> {}))
                .isFalse();
    }

    @SuppressWarnings("unchecked")
    private static List<Class<? extends Throwable>[]> failures(int count) {
        List<Class<? extends Throwable>[]> failures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            failures.add(new Class[] {ConcurrencyException.class});
        }
        return failures;
    }
}
