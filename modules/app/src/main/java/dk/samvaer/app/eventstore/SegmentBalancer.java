package dk.samvaer.app.eventstore;

import dk.samvaer.kernel.readmodel.StreamingProcessors;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Set;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Shares the projections' segments between the nodes on one database. Axon's pooled processors claim every unclaimed
 * segment, so the first node to start would keep them all. Every node therefore announces itself in
 * {@code cluster_node} and, on each beat, releases the segments it holds beyond its fair share (total segments divided
 * by the live nodes, rounded up); the other nodes claim them on their next claim cycle. A node that stops releases its
 * claims and its row, and the others take its segments over; one that dies ages out after three beats (its token
 * claims time out on their own).
 */
final class SegmentBalancer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final String nodeId;
    private final JdbcClient jdbc;
    private final EventProcessingConfiguration processing;
    private final Duration beat;
    private final Clock clock;
    private Thread thread;
    private volatile boolean running;

    SegmentBalancer(
            String nodeId, JdbcClient jdbc, EventProcessingConfiguration processing, Duration beat, Clock clock) {
        this.nodeId = nodeId;
        this.jdbc = jdbc;
        this.processing = processing;
        this.beat = beat;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::beatUntilStopped, "segment-balancer");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
        try {
            jdbc.sql("delete from cluster_node where node_id = ?").param(nodeId).update();
        } catch (RuntimeException e) {
            log.warn("Could not sign node {} off: {}", nodeId, e.getMessage());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before the processors do, so that the sign-off and the processors' release of claims go together. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }

    private void beatUntilStopped() {
        while (running) {
            try {
                beat();
            } catch (RuntimeException e) {
                log.warn("Segment balancing skipped a beat: {}", e.getMessage());
            }
            try {
                Thread.sleep(beat.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** A node whose row was refreshed since this instant is alive; one that missed three beats is gone. */
    static Timestamp liveSince(Instant now, Duration beat) {
        return Timestamp.from(now.minus(beat.multipliedBy(3)));
    }

    /** One beat: refresh this node's row, count the live nodes, release what exceeds the fair share. */
    void beat() {
        Instant now = clock.instant();
        Timestamp seen = Timestamp.from(now);
        if (jdbc.sql("update cluster_node set seen_at = ? where node_id = ?")
                        .params(seen, nodeId)
                        .update()
                == 0) {
            jdbc.sql("insert into cluster_node (node_id, seen_at) values (?, ?)")
                    .params(nodeId, seen)
                    .update();
        }
        Timestamp alive = liveSince(now, beat);
        jdbc.sql("delete from cluster_node where seen_at < ?")
                .param(Timestamp.from(now.minus(Duration.ofMinutes(10))))
                .update();
        int nodes = jdbc.sql("select count(*) from cluster_node where seen_at >= ?")
                .param(alive)
                .query(Integer.class)
                .single();
        StreamingProcessors.of(processing).stream()
                .filter(StreamingEventProcessor::isRunning)
                .forEach(processor -> share(processor, Math.max(1, nodes)));
    }

    private void share(StreamingEventProcessor processor, int nodes) {
        int segments = jdbc.sql("select count(*) from token_entry where processor_name = ?")
                .param(processor.getName())
                .query(Integer.class)
                .single();
        int fairShare = (segments + nodes - 1) / nodes;
        Set<Integer> held = Set.copyOf(processor.processingStatus().keySet());
        held.stream()
                .sorted(Comparator.reverseOrder())
                .limit(Math.max(0, held.size() - fairShare))
                .forEach(segment -> {
                    log.info(
                            "Releasing segment {} of '{}' to another node ({} nodes share {} segments)",
                            segment,
                            processor.getName(),
                            nodes,
                            segments);
                    processor.releaseSegment(segment);
                });
    }
}
