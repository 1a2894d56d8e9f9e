package dk.samvaer.kernel;

/**
 * A request referred to something that does not exist (an unknown centre or municipality in the body). Answered as
 * {@code 422 Unprocessable Content}: the request is well-formed, but cannot be carried out.
 */
public class UnknownReference extends RuntimeException {

    private final String field;

    public UnknownReference(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
