package dk.samvaer.kernel.idempotency;

/** The key was used before with a different payload (409), or its first request is still running. */
public class IdempotencyConflict extends RuntimeException {

    private final boolean inProgress;

    public IdempotencyConflict(String message, boolean inProgress) {
        super(message);
        this.inProgress = inProgress;
    }

    public boolean inProgress() {
        return inProgress;
    }
}
