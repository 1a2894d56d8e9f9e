package dk.samvaer.app.eventstore;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event store as the pooled processors see it, with availability callbacks. Axon's embedded event store streams
 * do not support them, so a pooled processor would look for new events only every 500 ms. This source wakes every
 * open stream when a unit of work on this node commits events, and a light poll of the head position (one indexed
 * query per interval) wakes streams that are behind because another node appended. Spurious wake-ups are harmless.
 */
final class WakingEventSource implements StreamableMessageSource<TrackedEventMessage<?>>, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WakingEventSource.class);

    private final Set<WakingStream> streams = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService poller;
    private final long pollMillis;
    private volatile EventStore eventStore;

    WakingEventSource(Duration pollInterval) {
        this.pollMillis = Math.max(1, pollInterval.toMillis());
        this.poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "event-source-poller");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Binds to the event store once Axon has built it (the processors are configured before it exists): wakes the
     * streams after every commit of events on this node and starts the head poll.
     */
    synchronized WakingEventSource bind(EventStore store) {
        if (eventStore == null) {
            eventStore = store;
            store.registerDispatchInterceptor(messages -> {
                CurrentUnitOfWork.ifStarted(unitOfWork -> unitOfWork.afterCommit(u -> wakeAfterCommit()));
                return (index, message) -> message;
            });
            poller.scheduleWithFixedDelay(this::wakeStreamsBehindHead, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
        }
        return this;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        WakingStream stream = new WakingStream(eventStore.openStream(trackingToken), trackingToken);
        streams.add(stream);
        return stream;
    }

    @Override
    public TrackingToken createTailToken() {
        return eventStore.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return eventStore.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return eventStore.createTokenAt(dateTime);
    }

    /**
     * Events were committed on this node: let every waiting processor look now, and once more a moment later, when
     * the event store's own reader has certainly fetched them.
     */
    private void wakeAfterCommit() {
        streams.forEach(WakingStream::wake);
        poller.schedule(() -> streams.forEach(WakingStream::wake), 5, TimeUnit.MILLISECONDS);
    }

    private void wakeStreamsBehindHead() {
        if (streams.isEmpty()) {
            return;
        }
        try {
            TrackingToken head = eventStore.createHeadToken();
            if (head == null) {
                return;
            }
            for (WakingStream stream : streams) {
                if (stream.isBehind(head)) {
                    stream.wake();
                }
            }
        } catch (RuntimeException e) {
            log.debug("Could not read the head of the event store; will try again", e);
        }
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }

    private final class WakingStream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> delegate;
        private volatile TrackingToken lastDelivered;
        private volatile Runnable callback;

        WakingStream(BlockingStream<TrackedEventMessage<?>> delegate, TrackingToken start) {
            this.delegate = delegate;
            this.lastDelivered = start;
        }

        boolean isBehind(TrackingToken head) {
            TrackingToken delivered = lastDelivered;
            return callback != null && (delivered == null || !delivered.covers(head));
        }

        void wake() {
            Runnable wakeUp = callback;
            if (wakeUp != null) {
                wakeUp.run();
            }
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return delegate.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return delegate.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            TrackedEventMessage<?> next = delegate.nextAvailable();
            lastDelivered = next.trackingToken();
            return next;
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            this.callback = callback;
            return true;
        }

        @Override
        public void close() {
            streams.remove(this);
            delegate.close();
        }
    }
}
