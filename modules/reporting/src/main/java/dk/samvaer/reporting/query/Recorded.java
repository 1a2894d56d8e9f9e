package dk.samvaer.reporting.query;

import java.time.Instant;
import org.axonframework.eventhandling.TrackingToken;

/**
 * When and where an event was recorded: its instant in nanoseconds since the epoch (exact, whatever the precision of
 * the store) and its position in the store, which orders the facts of one row as a replay would.
 */
record Recorded(long position, long nanos) {

    static Recorded of(Instant recordedAt, TrackingToken token) {
        if (token == null || token.position().isEmpty()) {
            throw new IllegalArgumentException("A reporting fact needs the position of its event in the store");
        }
        return new Recorded(token.position().getAsLong(), nanos(recordedAt));
    }

    /**
     * The instant in nanoseconds since 1970-01-01T00:00Z, as {@code recorded_ns} keeps it; an instant beyond what a long
     * holds (before 1677 or after 2262) is held as the smallest or largest long, which orders it the same against
     * every recorded event.
     */
    static long nanos(Instant instant) {
        try {
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
        } catch (ArithmeticException beyondALong) {
            return instant.getEpochSecond() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }
}
