package dk.samvaer.kernel.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

class ProjectionWritesTest {

    private static long positions = 1_000_000_000L * (System.nanoTime() % 1000 + 1);

    private JdbcTemplate jdbc;
    private SpringTransactionManager transactions;
    private ProjectionWrites writes;

    @BeforeEach
    void setUp() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("CREATE TABLE counter (id VARCHAR(10) PRIMARY KEY, v INTEGER NOT NULL)");
        transactions = new SpringTransactionManager(new DataSourceTransactionManager(dataSource));
        writes = new ProjectionWrites(jdbc);
    }

    /** One batch of events handled as a streaming processor does: one unit of work and transaction. */
    private boolean batch(List<Runnable> handlers) {
        List<EventMessage<?>> events = new ArrayList<>();
        for (int i = 0; i < handlers.size(); i++) {
            events.add(new GenericTrackedEventMessage<>(
                    new GlobalSequenceTrackingToken(++positions), GenericEventMessage.asEventMessage("event " + i)));
        }
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(events);
        unitOfWork.attachTransaction(transactions);
        return !unitOfWork
                .executeWithResult(
                        () -> {
                            handlers.get(events.indexOf(CurrentUnitOfWork.get().getMessage()))
                                    .run();
                            return null;
                        },
                        RollbackConfigurationType.ANY_THROWABLE)
                .isExceptional();
    }

    private Integer value(String id) {
        return jdbc.query("SELECT v FROM counter WHERE id = ?", rs -> rs.next() ? rs.getInt(1) : null, id);
    }

    @Test
    void aBatchWritesNothingUntilItCommits() {
        AtomicBoolean seenBeforeCommit = new AtomicBoolean(true);

        batch(List.of(
                () -> writes.updateRowsOf("a", "INSERT INTO counter VALUES ('a', 1)"),
                () -> seenBeforeCommit.set(value("a") != null)));

        assertThat(seenBeforeCommit).isFalse();
        assertThat(value("a")).isEqualTo(1);
    }

    @Test
    void statementsOnTheSameRowsRunInTheOrderOfTheirEventsWhateverTheirKind() {
        batch(List.of(
                () -> writes.updateRowsOf("a", "INSERT INTO counter VALUES ('a', 1)"),
                () -> writes.updateRowsOf("a", "UPDATE counter SET v = v * 10 WHERE id = ?", "a"),
                () -> writes.updateRowsOf("b", "INSERT INTO counter VALUES ('b', 2)"),
                () -> writes.updateRowsOf("a", "UPDATE counter SET v = v + 5 WHERE id = ?", "a"),
                () -> writes.updateRowsOf("b", "UPDATE counter SET v = v * 10 WHERE id = ?", "b"),
                () -> writes.updateRowsOf("a", "UPDATE counter SET v = v * 10 WHERE id = ?", "a")));

        assertThat(value("a")).isEqualTo(150);
        assertThat(value("b")).isEqualTo(20);
    }

    @Test
    void aBatchThatFailsHalfWayLeavesTheTablesAsBefore() {
        batch(List.of(() -> writes.updateRowsOf("a", "INSERT INTO counter VALUES ('a', 1)")));

        boolean committed = batch(List.of(
                () -> writes.updateRowsOf("a", "UPDATE counter SET v = 2 WHERE id = 'a'"),
                () -> writes.updateRowsOf("c", "INSERT INTO counter VALUES ('c', 3)"),
                () -> writes.updateRowsOf("d", "INSERT INTO counter VALUES ('d', NULL)")));

        assertThat(committed).isFalse();
        assertThat(value("a")).isEqualTo(1);
        assertThat(value("c")).isNull();
    }

    @Test
    void whenAFailedBatchIsRetriedItsEventsWriteOneAtATimeAndLaterEventsAreBatchedAgain() {
        long first = positions + 1;
        batch(List.of(
                () -> writes.updateRowsOf("c", "INSERT INTO counter VALUES ('c', 3)"),
                () -> writes.updateRowsOf("d", "INSERT INTO counter VALUES ('d', NULL)")));
        List<Boolean> deferring = new ArrayList<>();

        positions = first - 1;
        batch(List.of(
                () -> deferring.add(ProjectionWrites.deferring()), () -> deferring.add(ProjectionWrites.deferring())));
        batch(List.of(() -> deferring.add(ProjectionWrites.deferring())));

        assertThat(deferring).containsExactly(false, false, true);
    }

    @Test
    void aHandlerThatFailsLeavesNothingOfItsOwnQueued() {
        batch(List.of(() -> writes.updateRowsOf("a", "INSERT INTO counter VALUES ('a', 1)"), () -> {
            Runnable discard = ProjectionWrites.discardOnFailure();
            writes.updateRowsOf("b", "INSERT INTO counter VALUES ('b', 2)");
            discard.run();
        }));

        assertThat(value("a")).isEqualTo(1);
        assertThat(value("b")).isNull();
    }

    @Test
    void aStepAskedForByManyEventsRunsOnceAfterEveryStatementOfTheBatch() {
        List<Integer> seen = new ArrayList<>();
        Runnable handler = () -> {
            writes.updateRowsOf("a", "UPDATE counter SET v = v + 1 WHERE id = 'a'");
            writes.afterWrites("read a", jdbc -> seen.add(value("a")));
        };
        batch(List.of(() -> writes.updateRowsOf("a", "INSERT INTO counter VALUES ('a', 0)")));

        batch(List.of(handler, handler, handler));

        assertThat(seen).containsExactly(3);
    }

    @Test
    void outsideABatchAStepRunsAtOnce() {
        List<Integer> seen = new ArrayList<>();
        writes.update("INSERT INTO counter VALUES ('a', 1)");

        writes.afterWrites("read a", jdbc -> seen.add(value("a")));

        assertThat(seen).containsExactly(1);
    }

    @Test
    void outsideABatchAStatementRunsAtOnce() {
        writes.update("INSERT INTO counter VALUES ('a', 1)");

        assertThat(value("a")).isEqualTo(1);
    }
}
