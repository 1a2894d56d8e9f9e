package dk.samvaer.kernel.idempotency;

/**
 * Who holds a claim on an idempotency key, and whether that holder is gone. The application answers from its cluster
 * membership: a claim whose node has stopped beating (or is this node's own previous run) is abandoned at once, not after
 * a fixed minute.
 */
public interface ClaimOwners {

    /** This running process, as it signs its claims. */
    String self();

    /** Whether the process that signed a claim is known to be gone (crashed or stopped). */
    boolean isGone(String owner);
}
