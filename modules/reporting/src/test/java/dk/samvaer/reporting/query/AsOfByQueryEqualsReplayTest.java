package dk.samvaer.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvaer.activities.api.ActivityCancelled;
import dk.samvaer.activities.api.ActivityHeld;
import dk.samvaer.activities.api.ActivityId;
import dk.samvaer.activities.api.ActivityPlanned;
import dk.samvaer.activities.api.Category;
import dk.samvaer.activities.api.EvaluationSubmitted;
import dk.samvaer.activities.api.HeardVia;
import dk.samvaer.activities.api.LogbookCorrected;
import dk.samvaer.activities.api.Setting;
import dk.samvaer.buddies.api.BuddyCourseCompleted;
import dk.samvaer.buddies.api.BuddyEnrolled;
import dk.samvaer.buddies.api.BuddyId;
import dk.samvaer.buddies.api.BuddyPaused;
import dk.samvaer.buddies.api.BuddyResumed;
import dk.samvaer.buddies.api.BuddyRetired;
import dk.samvaer.collaboration.api.GroupId;
import dk.samvaer.collaboration.api.MeetingCancelled;
import dk.samvaer.collaboration.api.MeetingHeld;
import dk.samvaer.collaboration.api.MeetingId;
import dk.samvaer.collaboration.api.MeetingScheduled;
import dk.samvaer.collaboration.api.NetworkMeetingHeld;
import dk.samvaer.collaboration.api.NetworkMeetingId;
import dk.samvaer.collaboration.api.OrganisationType;
import dk.samvaer.collaboration.api.Seat;
import dk.samvaer.kernel.readmodel.ProjectionWrites;
import dk.samvaer.kernel.testing.InMemoryDatabase;
import dk.samvaer.programme.api.Arm;
import dk.samvaer.programme.api.CentreId;
import dk.samvaer.programme.api.Municipalities;
import dk.samvaer.programme.api.MunicipalityEnrolled;
import dk.samvaer.reporting.api.AsOfReports.AsOfFigures;
import dk.samvaer.reporting.api.AsOfReports.AsOfMethod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A property of the two as-of paths: for random histories (activities planned, held, corrected into other years,
 * cancelled and evaluated; enrolments arriving late; meetings held or cancelled; network meetings; buddies trained,
 * paused, resumed and retired; several events recorded in the same instant), the figures as of a random instant are
 * the same whether read by query over the recorded facts or replayed from the events recorded up to then. The live
 * read models are written a batch at a time, as the streaming processors write them; the replay one event at a time.
 */
class AsOfByQueryEqualsReplayTest {

    private static final Municipalities MUNICIPALITIES = Municipalities.danish();
    private static final List<String> CODES = List.of("621", "479", "101", "461", "751");
    private static final Seat SEAT = new Seat(OrganisationType.DROP_IN_CENTRE, "Tovholder");

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 12).boxed();
    }

    @ParameterizedTest(name = "history {0}")
    @MethodSource("seeds")
    void theFiguresAsOfAnyInstantAreTheSameByQueryAndByReplay(long seed) {
        Random random = new Random(seed);
        List<EventMessage<?>> history = new History(random, seed).generate(250 + random.nextInt(150));
        InMemoryEventStorageEngine store = new InMemoryEventStorageEngine();
        store.appendEvents(history);
        ProjectionWrites writes = InMemoryDatabase.projectionWrites("classpath:db/migration/reporting");
        JdbcClient live = writes.jdbc();
        ProjectionFeed processor = new ProjectionFeed(
                new ProjectYearProjection(writes),
                new StrandsProjection(writes),
                new OutreachFiguresProjection(writes));
        handleInRandomBatches(random, store, processor);
        EventReplica asOf = new EventReplica(store, live, MUNICIPALITIES);

        for (Instant instant : instants(random, history)) {
            Set<String> scope = random.nextInt(3) == 0 ? Set.of(CODES.get(random.nextInt(CODES.size()))) : null;
            for (int year : List.of(2024, 2025)) {
                AsOfFigures byQuery = asOf.projectYear(year, instant, scope, AsOfMethod.QUERY);
                AsOfFigures byReplay = asOf.projectYear(year, instant, scope, AsOfMethod.REPLAY);

                String at = "history " + seed + ", year " + year + ", as of " + instant + ", scope " + scope;
                assertThat(byQuery.figures()).as(at).isEqualTo(byReplay.figures());
                assertThat(byQuery.table1()).as(at).isEqualTo(byReplay.table1());
                assertThat(new ReportQueries(live, MUNICIPALITIES, ReportingTables.asOf(instant))
                                .evaluations(year, scope))
                        .as(at)
                        .isEqualTo(evaluationsReplayedUpTo(store, instant).evaluations(year, scope));
            }
        }
    }

    /** The live database is fed as a streaming processor feeds it: batches of 1 to 60 events, writes run at commit. */
    private static void handleInRandomBatches(
            Random random, InMemoryEventStorageEngine store, ProjectionFeed processor) {
        List<TrackedEventMessage<?>> all;
        try (Stream<? extends TrackedEventMessage<?>> events = store.readEvents(null, false)) {
            all = new ArrayList<>(events.toList());
        }
        for (int from = 0; from < all.size(); ) {
            int to = Math.min(all.size(), from + 1 + random.nextInt(60));
            processor.handleBatch(all.subList(from, to));
            from = to;
        }
    }

    /** Before the first event, each event's own instant (the boundary), random instants between, and after the last. */
    private static List<Instant> instants(Random random, List<EventMessage<?>> history) {
        Instant first = history.get(0).getTimestamp();
        Instant last = history.get(history.size() - 1).getTimestamp();
        List<Instant> instants = new ArrayList<>(List.of(first.minusSeconds(1), last.plusSeconds(1)));
        for (int i = 0; i < 3; i++) {
            instants.add(history.get(random.nextInt(history.size())).getTimestamp());
            long span = last.toEpochMilli() - first.toEpochMilli();
            instants.add(first.plusMillis((long) (random.nextDouble() * span)).plusNanos(random.nextInt(1_000_000)));
        }
        return instants;
    }

    /** The evaluation summary from a fresh database fed the events recorded up to the instant. */
    private static ReportQueries evaluationsReplayedUpTo(InMemoryEventStorageEngine store, Instant instant) {
        ProjectionWrites replica = InMemoryDatabase.projectionWrites("classpath:db/migration/reporting");
        ProjectionFeed feed = new ProjectionFeed(new ProjectYearProjection(replica));
        try (Stream<? extends TrackedEventMessage<?>> events = store.readEvents(null, false)) {
            events.filter(event -> !event.getTimestamp().isAfter(instant)).forEach(feed::handle);
        }
        return new ReportQueries(replica.jdbc(), MUNICIPALITIES);
    }

    /** A random but valid history, each event recorded 0 to 3 seconds after the one before it. */
    private static final class History {

        private final Random random;
        private final long seed;
        private final List<EventMessage<?>> events = new ArrayList<>();
        private final Set<String> enrolled = new HashSet<>();
        private final List<ActivityId> planned = new ArrayList<>();
        private final List<ActivityId> held = new ArrayList<>();
        private final List<MeetingId> scheduled = new ArrayList<>();
        private final List<BuddyId> active = new ArrayList<>();
        private final List<BuddyId> paused = new ArrayList<>();
        private final List<CentreId> centres = List.of(CentreId.random(), CentreId.random());
        private Instant clock = Instant.parse("2024-01-05T09:00:00.123456789Z");
        private long ids;

        History(Random random, long seed) {
            this.random = random;
            this.seed = seed;
        }

        List<EventMessage<?>> generate(int size) {
            while (events.size() < size) {
                switch (random.nextInt(12)) {
                    case 0 -> enrol();
                    case 1, 2 -> plan();
                    case 3, 4 -> hold();
                    case 5 -> correct();
                    case 6 -> cancel();
                    case 7 -> evaluate();
                    case 8 -> meeting();
                    case 9 -> network();
                    case 10 -> buddy();
                    default -> buddyChange();
                }
            }
            return events;
        }

        private void enrol() {
            int year = 2024 + random.nextInt(2);
            String code = code();
            if (enrolled.add(year + code)) {
                record(new MunicipalityEnrolled(year, code, random.nextBoolean() ? Arm.TEST : Arm.CONTROL));
            }
        }

        private void plan() {
            ActivityId id = new ActivityId(id());
            planned.add(id);
            record(new ActivityPlanned(
                    id,
                    centres.get(random.nextInt(centres.size())),
                    code(),
                    "Aktivitet " + ids,
                    Category.OUTDOOR,
                    Setting.OFF_SITE,
                    OffsetDateTime.parse("2025-05-01T10:00:00+02:00"),
                    null,
                    null,
                    null,
                    null));
        }

        private void hold() {
            if (planned.isEmpty()) {
                return;
            }
            ActivityId id = planned.remove(random.nextInt(planned.size()));
            held.add(id);
            int participants = random.nextInt(30);
            record(new ActivityHeld(
                    id,
                    centres.get(0),
                    code(),
                    day(),
                    participants,
                    random.nextInt(participants + 1),
                    random.nextInt(participants + 1)));
        }

        private void correct() {
            if (held.isEmpty()) {
                return;
            }
            int participants = random.nextInt(30);
            record(new LogbookCorrected(
                    held.get(random.nextInt(held.size())),
                    centres.get(0),
                    code(),
                    day(),
                    participants,
                    random.nextInt(participants + 1),
                    random.nextInt(participants + 1),
                    "Recount"));
        }

        private void cancel() {
            if (!planned.isEmpty()) {
                record(new ActivityCancelled(planned.remove(random.nextInt(planned.size())), code(), "Storm"));
            }
        }

        private void evaluate() {
            if (held.isEmpty()) {
                return;
            }
            Set<HeardVia> heard = EnumSet.noneOf(HeardVia.class);
            for (HeardVia via : HeardVia.values()) {
                if (random.nextInt(3) == 0) {
                    heard.add(via);
                }
            }
            Boolean again = random.nextInt(3) == 0 ? null : random.nextBoolean();
            record(new EvaluationSubmitted(held.get(random.nextInt(held.size())), id(), code(), heard, again));
        }

        private void meeting() {
            if (scheduled.isEmpty() || random.nextBoolean()) {
                MeetingId id = new MeetingId(id());
                scheduled.add(id);
                record(new MeetingScheduled(id, GroupId.random(), code(), day(), SEAT, "Formål", List.of()));
                return;
            }
            MeetingId id = scheduled.remove(random.nextInt(scheduled.size()));
            if (random.nextInt(4) == 0) {
                record(new MeetingCancelled(id, GroupId.random(), code(), "Sne"));
            } else {
                record(new MeetingHeld(id, GroupId.random(), code(), day(), Set.of(), List.of(), List.of(), null));
            }
        }

        private void network() {
            record(new NetworkMeetingHeld(new NetworkMeetingId(id()), day(), "Netværk", List.of(code(), code())));
        }

        private void buddy() {
            BuddyId id = new BuddyId(id());
            active.add(id);
            record(new BuddyEnrolled(id, centres.get(0), code(), "Ravnen"));
        }

        private void buddyChange() {
            if (!paused.isEmpty() && random.nextBoolean()) {
                BuddyId id = paused.remove(random.nextInt(paused.size()));
                active.add(id);
                record(new BuddyResumed(id, code()));
                return;
            }
            if (active.isEmpty()) {
                return;
            }
            BuddyId id = active.get(random.nextInt(active.size()));
            switch (random.nextInt(3)) {
                case 0 -> record(new BuddyCourseCompleted(id, centres.get(0), code(), day(), 3));
                case 1 -> {
                    active.remove(id);
                    paused.add(id);
                    record(new BuddyPaused(id, code(), "Pause"));
                }
                default -> {
                    active.remove(id);
                    record(new BuddyRetired(id, code(), "Flyttet"));
                }
            }
        }

        private void record(Object event) {
            clock = clock.plusMillis(random.nextInt(4) * 1000L);
            events.add(new GenericEventMessage<>(id().toString(), event, MetaData.emptyInstance(), clock));
        }

        private UUID id() {
            return new UUID(seed, ++ids);
        }

        private String code() {
            return CODES.get(random.nextInt(CODES.size()));
        }

        private LocalDate day() {
            return LocalDate.of(2024, 1, 1).plusDays(random.nextInt(731));
        }
    }
}
