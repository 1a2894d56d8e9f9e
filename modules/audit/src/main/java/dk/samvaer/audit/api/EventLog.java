package dk.samvaer.audit.api;

import java.util.List;

/** The event store in global order, as exactly as it is stored, for readers that continue where they stopped. */
public interface EventLog {

    /**
     * At most {@code limit} events recorded after {@code position}, in global order, never past a position that may
     * still be filled: positions are taken when a transaction writes and become visible when it commits, so a gap is
     * passed only once the event after it has been recorded for longer than the event store's settle time
     * ({@code samvaer.audit.ledger.settle}). A reader that continues after the last position it got misses nothing.
     */
    List<EventEntry> settledAfter(long position, int limit);
}
