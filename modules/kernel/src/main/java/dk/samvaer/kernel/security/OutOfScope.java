package dk.samvaer.kernel.security;

/** A write aimed at a municipality outside the caller's scope: answered {@code 403}. */
public class OutOfScope extends RuntimeException {

    public OutOfScope(String message) {
        super(message);
    }
}
