package dk.samvaer.app.observability;

import dk.samvaer.app.eventstore.ProcessorProperties;
import dk.samvaer.app.processing.FaultProperties;
import dk.samvaer.app.processing.ProcessingGroups;
import dk.samvaer.kernel.readmodel.StreamingProcessors;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Watches every projection's processor, across all nodes, from the tokens in the store: how far it is behind the event
 * store (head minus the lowest position of any of its segments, whoever holds them), which segments no live node holds,
 * whether it has made progress, and how many events it has parked in its dead-letter queue. This node's own segments
 * count with their fresher in-memory position.
 *
 * <p>Readiness ({@code /actuator/health/readiness}, component {@code processors}) is {@code OUT_OF_SERVICE} (503) while
 * a projection is stalled: behind the store without progress, or with a segment no node holds, for longer than
 * {@code samvaer.processors.faults.stall-after}. It is {@code DEGRADED} (still 200) while events are parked. Catching up
 * after a deployment is progress, not a stall, so a replay does not take every node out of the load balancer at once.
 * Metrics: {@code samvaer_processor_lag_events}, {@code samvaer_processor_dead_letters},
 * {@code samvaer_processor_stalled} and {@code samvaer_processor_unclaimed_segments}, each per {@code processor}.
 */
@Component("processors")
class ProcessorWatch implements HealthIndicator, SmartInitializingSingleton, SchedulingConfigurer {

    static final Status DEGRADED = new Status("DEGRADED");

    /** A scrape reads the gauges one by one: one look serves them all. */
    private static final Duration GAUGE_FRESHNESS = Duration.ofSeconds(1);

    private static final Logger log = LoggerFactory.getLogger(ProcessorWatch.class);

    private final EventProcessingConfiguration processing;
    private final ProcessingGroups groups;
    private final EventStore eventStore;
    private final JdbcClient jdbc;
    private final Serializer serializer;
    private final MeterRegistry registry;
    private final Duration stallAfter;
    private final Duration claimTimeout;
    private final Duration watchInterval;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Progress> progress = new ConcurrentHashMap<>();
    private volatile Look last = new Look(Instant.MIN, 0, Map.of());

    /** One look: when, the head of the store then, and every processor's state. */
    private record Look(Instant at, long head, Map<String, ProcessorState> states) {}

    ProcessorWatch(
            EventProcessingConfiguration processing,
            ProcessingGroups groups,
            EventStore eventStore,
            JdbcClient jdbc,
            Serializer serializer,
            MeterRegistry registry,
            FaultProperties faults,
            ProcessorProperties processors) {
        this.processing = processing;
        this.groups = groups;
        this.eventStore = eventStore;
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.registry = registry;
        this.stallAfter = faults.stallAfter();
        this.claimTimeout = processors.claimTimeout();
        this.watchInterval = faults.watchInterval();
    }

    /** What the watch knows of one processor at its last look. */
    record ProcessorState(
            boolean running,
            int segments,
            int localSegments,
            int unclaimedSegments,
            long lag,
            boolean error,
            long deadLetters,
            boolean stalled,
            Instant noProgressSince) {

        Map<String, Object> details() {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put(
                    "state", stalled ? "STALLED" : deadLetters > 0 ? "DEAD_LETTERS" : lag > 0 ? "BEHIND" : "CURRENT");
            details.put("running", running);
            details.put("segments", segments);
            details.put("localSegments", localSegments);
            details.put("unclaimedSegments", unclaimedSegments);
            details.put("lag", lag);
            details.put("error", error);
            details.put("deadLetters", deadLetters);
            if (noProgressSince != null) {
                details.put("noProgressSince", noProgressSince.toString());
            }
            return details;
        }
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (StreamingEventProcessor processor : StreamingProcessors.of(processing)) {
            String name = processor.getName();
            gauge(
                    "samvaer.processor.lag.events",
                    name,
                    "Events stored but not yet processed by the projection",
                    ProcessorState::lag);
            gauge(
                    "samvaer.processor.dead.letters",
                    name,
                    "Events of the projection parked in its dead-letter queue",
                    ProcessorState::deadLetters);
            gauge(
                    "samvaer.processor.stalled",
                    name,
                    "1 while the projection is behind and has made no progress for the stall period",
                    s -> s.stalled() ? 1 : 0);
            gauge(
                    "samvaer.processor.unclaimed.segments",
                    name,
                    "Segments of the projection that no live node holds",
                    ProcessorState::unclaimedSegments);
        }
        look();
    }

    private void gauge(String meter, String processor, String description, ToLong value) {
        Gauge.builder(meter, this, watch -> {
                    ProcessorState state = watch.fresh(GAUGE_FRESHNESS).states().get(processor);
                    return state == null ? 0 : value.of(state);
                })
                .description(description)
                .tag("processor", processor)
                .register(registry);
    }

    @FunctionalInterface
    private interface ToLong {
        long of(ProcessorState state);
    }

    @Override
    public Health health() {
        Look look = fresh(Duration.ZERO);
        Map<String, ProcessorState> current = look.states();
        Health.Builder health = current.values().stream().anyMatch(ProcessorState::stalled)
                ? Health.outOfService()
                : current.values().stream().anyMatch(s -> s.deadLetters() > 0) ? Health.status(DEGRADED) : Health.up();
        health.withDetail("head", look.head());
        current.forEach((name, state) -> health.withDetail(name, state.details()));
        return health.build();
    }

    /**
     * The states as of a look no older than {@code maxAge}: readiness always looks afresh (a probe must not be told
     * about a moment ago), a scrape's gauges share one look.
     */
    private Look fresh(Duration maxAge) {
        if (maxAge.isZero() || last.at().plus(maxAge).isBefore(clock.instant())) {
            look();
        }
        return last;
    }

    /** Looks every {@code samvaer.processors.faults.watch-interval}. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::look, watchInterval, watchInterval));
    }

    /** One look at every processor; scheduled, and cheap: one query of the token table and one count per queue. */
    synchronized void look() {
        try {
            Instant now = clock.instant();
            long headPosition = headPosition();
            Map<String, List<StoredSegment>> stored = storedSegments(now);
            Map<String, ProcessorState> next = new LinkedHashMap<>();
            for (StreamingEventProcessor processor : StreamingProcessors.of(processing)) {
                next.put(
                        processor.getName(),
                        state(processor, stored.getOrDefault(processor.getName(), List.of()), headPosition, now));
            }
            last = new Look(now, headPosition, next);
        } catch (RuntimeException e) {
            log.warn("Could not look at the processors: {}", e.getMessage());
        }
    }

    private ProcessorState state(
            StreamingEventProcessor processor, List<StoredSegment> stored, long head, Instant now) {
        Map<Integer, EventTrackerStatus> local = processor.processingStatus();
        Map<Integer, Long> positions = new HashMap<>();
        int unclaimed = 0;
        for (StoredSegment segment : stored) {
            positions.put(segment.segment(), segment.position());
            if (!segment.claimed() && !local.containsKey(segment.segment())) {
                unclaimed++;
            }
        }
        boolean error = processor.isError();
        for (Map.Entry<Integer, EventTrackerStatus> segment : local.entrySet()) {
            error |= segment.getValue().isErrorState();
            long position = segment.getValue().getCurrentPosition().orElse(-1);
            positions.merge(segment.getKey(), position, Math::max);
        }
        long lowest =
                positions.values().stream().mapToLong(Long::longValue).min().orElse(head);
        // without any segment, lowest is the head itself: lag 0
        long lag = Math.max(0, head - Math.max(lowest, 0));
        boolean stuck = lag > 0 || unclaimed > 0;
        Progress seen =
                progress.compute(processor.getName(), (name, before) -> Progress.next(before, lowest, stuck, now));
        boolean stalled = seen.since() != null && !seen.since().plus(stallAfter).isAfter(now);
        return new ProcessorState(
                processor.isRunning(),
                positions.size(),
                local.size(),
                unclaimed,
                lag,
                error,
                deadLetters(processor.getName()),
                stalled,
                seen.since());
    }

    /** Since when the processor has been behind (or missing a holder) without moving; null while it is fine. */
    private record Progress(long lowest, Instant since) {
        static Progress next(Progress before, long lowest, boolean stuck, Instant now) {
            if (!stuck) {
                return new Progress(lowest, null);
            }
            if (before != null && before.since() != null && before.lowest() == lowest) {
                return before;
            }
            return new Progress(lowest, now);
        }
    }

    /** The events parked by the processor's projections: each processing group has its own queue. */
    private long deadLetters(String processor) {
        return groups.of(processor).stream()
                .mapToLong(group -> processing
                        .deadLetterQueue(group)
                        .map(SequencedDeadLetterQueue::size)
                        .orElse(0L))
                .sum();
    }

    private long headPosition() {
        TrackingToken token = eventStore.createHeadToken();
        return token == null ? 0 : token.position().orElse(0);
    }

    private record StoredSegment(int segment, long position, boolean claimed) {}

    private Map<String, List<StoredSegment>> storedSegments(Instant now) {
        Map<String, List<StoredSegment>> segments = new HashMap<>();
        jdbc.sql("SELECT processor_name, segment, owner, time_stamp, token, token_type FROM token_entry")
                .query(rs -> {
                    String owner = rs.getString("owner");
                    String stamp = rs.getString("time_stamp");
                    boolean claimed = owner != null
                            && stamp != null
                            && Instant.parse(stamp).plus(claimTimeout).isAfter(now);
                    segments.computeIfAbsent(rs.getString("processor_name"), k -> new ArrayList<>())
                            .add(new StoredSegment(
                                    rs.getInt("segment"),
                                    position(rs.getBytes("token"), rs.getString("token_type")),
                                    claimed));
                });
        return segments;
    }

    private long position(byte[] token, String type) {
        if (token == null || type == null) {
            return -1;
        }
        TrackingToken tracking = serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null));
        return tracking == null ? -1 : tracking.position().orElse(-1);
    }
}
