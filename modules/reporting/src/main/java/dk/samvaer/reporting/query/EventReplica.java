package dk.samvaer.reporting.query;

import dk.samvaer.kernel.readmodel.ProjectionWrites;
import dk.samvaer.programme.api.Municipalities;
import dk.samvaer.reporting.api.AsOfReports;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.stereotype.Component;

/**
 * The figures as of an instant, by either path. {@link AsOfMethod#QUERY} reads the live database through
 * {@link ReportingTables#asOf}. {@link AsOfMethod#REPLAY} rebuilds the reporting read models in a fresh in-memory
 * database (the reporting migrations, the same projection classes, Axon's own handler dispatch) from the events recorded
 * up to the instant, answers from it with the same query classes, and drops it; events are read in global order
 * straight from the storage engine (with upcasting).
 */
@Component
class EventReplica implements AsOfReports {

    private final EventStorageEngine events;
    private final JdbcClient live;
    private final Municipalities municipalities;

    EventReplica(EventStorageEngine events, JdbcClient live, Municipalities municipalities) {
        this.events = events;
        this.live = live;
        this.municipalities = municipalities;
    }

    @Override
    public AsOfFigures projectYear(int year, Instant asOf, Set<String> scope, AsOfMethod method) {
        if (method == AsOfMethod.QUERY) {
            ReportingTables tables = asOf == null ? ReportingTables.LIVE : ReportingTables.asOf(asOf);
            return new AsOfFigures(
                    asOf,
                    method,
                    null,
                    new ReportQueries(live, municipalities, tables).projectYear(year, scope),
                    new StrandQueries(live, municipalities, tables).strands(year, scope));
        }
        return inReplica(
                asOf,
                (jdbc, replayed) -> new AsOfFigures(
                        asOf,
                        method,
                        replayed,
                        new ReportQueries(jdbc, municipalities).projectYear(year, scope),
                        new StrandQueries(jdbc, municipalities).strands(year, scope)));
    }

    @Override
    public Map<String, Object> rebuiltSnapshot() {
        return inReplica(null, (jdbc, replayed) -> new LiveReportSnapshot(jdbc, municipalities).snapshot());
    }

    private <T> T inReplica(Instant asOf, BiFunction<JdbcClient, Long, T> answer) {
        DriverManagerDataSource database = new DriverManagerDataSource(
                "jdbc:h2:mem:as-of-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "sa",
                "");
        JdbcTemplate template = new JdbcTemplate(database);
        JdbcClient jdbc = JdbcClient.create(template);
        try {
            Flyway.configure()
                    .dataSource(database)
                    .locations("classpath:db/migration/reporting")
                    .load()
                    .migrate();
            return answer.apply(jdbc, replay(template, asOf));
        } finally {
            jdbc.sql("SHUTDOWN").update();
        }
    }

    private long replay(JdbcTemplate jdbc, Instant asOf) {
        ProjectionWrites writes = new ProjectionWrites(jdbc);
        List<EventMessageHandler> projections = List.of(
                new AnnotationEventHandlerAdapter(new ProjectYearProjection(writes)),
                new AnnotationEventHandlerAdapter(new StrandsProjection(writes)),
                new AnnotationEventHandlerAdapter(new OutreachFiguresProjection(writes)));
        AtomicLong replayed = new AtomicLong();
        try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(null, false)) {
            stream.filter(event -> asOf == null || !event.getTimestamp().isAfter(asOf))
                    .forEach(event -> {
                        replayed.incrementAndGet();
                        for (EventMessageHandler projection : projections) {
                            if (projection.canHandle(event)) {
                                try {
                                    projection.handle(event);
                                } catch (Exception e) {
                                    throw new IllegalStateException(
                                            "Replaying event " + event.getIdentifier() + " failed", e);
                                }
                            }
                        }
                    });
        }
        return replayed.get();
    }
}
