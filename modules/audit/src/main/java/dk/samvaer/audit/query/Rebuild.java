package dk.samvaer.audit.query;

import dk.samvaer.audit.api.RebuildResult;
import dk.samvaer.kernel.readmodel.StreamingProcessors;
import dk.samvaer.reporting.api.ReportSnapshot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rebuilds every read model from the event store: once this node's live processors have taken in every event stored
 * so far, every report is read; then each streaming processor that can be reset (every one of read models) is stopped, its tokens reset (its reset handler empties
 * its tables) and started again; once all have caught up, every report is compared with what it was before. Personal
 * data kept outside the event store (the display-name and citizen-key vaults) is not a read model and stays.
 */
@Component
public class Rebuild {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final ReportSnapshot reports;
    private final JdbcClient jdbc;
    private final Duration timeout;

    Rebuild(
            EventProcessingConfiguration processing,
            EventStore eventStore,
            ReportSnapshot reports,
            JdbcClient jdbc,
            AuditProperties properties) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.reports = reports;
        this.jdbc = jdbc;
        this.timeout = properties.rebuild().timeout();
    }

    public synchronized RebuildResult run() {
        // the processors of read models; one that keeps none (the webhooks' trigger) says it cannot be reset
        List<StreamingEventProcessor> processors = StreamingProcessors.of(processing).stream()
                .filter(StreamingEventProcessor::supportsReset)
                .toList();
        // The reports before are those of every event stored so far, as the replay's will be: after a backfill the live
        // processors may still be behind (a snapshot taken then differs from the replay's without any fault). Only this
        // node's segments are waited for, as for read-your-writes; a node that holds none has nothing to wait for.
        long storedBefore = head();
        waitUntil(() ->
                processors.stream().allMatch(processor -> StreamingProcessors.caughtUpHere(processor, storedBefore)));
        Map<String, Object> before = reports.snapshot();
        // how many segments each processor holds here: after the restart it claims them again one by one, and until
        // it holds them all, the ones it holds can look caught up while another has not replayed a thing
        Map<String, Integer> held = new java.util.HashMap<>();
        processors.forEach(processor ->
                held.put(processor.getName(), processor.processingStatus().size()));
        long started = System.nanoTime();
        // All stopped before any is reset, so that the replays start together rather than one after another while the
        // next processor waits for its shutdown behind the CPU the earlier replays take.
        processors.forEach(StreamingEventProcessor::shutDown);
        // A stopped processor drops its segments' statuses a moment later; until then they would look caught up.
        waitUntil(() -> processors.stream()
                .allMatch(processor -> processor.processingStatus().isEmpty()));
        for (StreamingEventProcessor processor : processors) {
            // from the very first event, whatever position a processor would start at when it has no token
            processor.resetTokens(StreamableMessageSource::createTailToken);
        }
        processors.forEach(StreamingEventProcessor::start);
        long head = head();
        waitUntil(() ->
                processors.stream().allMatch(processor -> caughtUp(processor, head, held.get(processor.getName()))));
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Object> after = reports.snapshot();
        List<String> differences = new ArrayList<>();
        for (String key : before.keySet()) {
            if (!Objects.equals(before.get(key), after.get(key))) {
                differences.add(key);
            }
        }
        after.keySet().stream().filter(key -> !before.containsKey(key)).forEach(differences::add);
        long events = jdbc.sql("SELECT COUNT(*) FROM domain_event_entry")
                .query(Long.class)
                .single();
        return new RebuildResult(
                processors.stream()
                        .map(StreamingEventProcessor::getName)
                        .sorted()
                        .toList(),
                events,
                Math.round(seconds * 10) / 10.0,
                differences.isEmpty(),
                differences);
    }

    /** The position of the last event stored, or -1 in an empty store. */
    private long head() {
        var token = eventStore.createHeadToken();
        return token == null ? -1 : token.position().orElse(-1);
    }

    private void waitUntil(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The rebuild did not finish within " + timeout);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while rebuilding", e);
            }
        }
    }

    /**
     * Every segment has read up to the head. By position, not by the replay flag: over an index with permanent gaps
     * (rolled-back transactions) a replay token only reports the end of the replay once a newer event arrives.
     */
    /** Whether the processor holds (at least) its segments again, and each has replayed up to the head. */
    private static boolean caughtUp(StreamingEventProcessor processor, long head, int segments) {
        if (processor.processingStatus().isEmpty()
                || processor.processingStatus().size() < segments) {
            return false;
        }
        for (EventTrackerStatus status : processor.processingStatus().values()) {
            if (status.getCurrentPosition().orElse(-1) < head) {
                return false;
            }
        }
        return true;
    }
}
