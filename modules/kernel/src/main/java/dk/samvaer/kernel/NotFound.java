package dk.samvaer.kernel;

/** The resource named in the request path does not exist (or is outside the caller's reach): {@code 404}. */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
