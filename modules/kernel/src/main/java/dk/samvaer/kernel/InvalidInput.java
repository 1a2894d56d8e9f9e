package dk.samvaer.kernel;

/**
 * A command carried a value that can never be valid, whatever the state (for example more new participants than
 * participants). Names the offending {@link #field()}; the web layer answers it as {@code 400 Bad Request}.
 */
public class InvalidInput extends RuntimeException {

    private final String rule;
    private final String field;

    public InvalidInput(String rule, String field, String message) {
        super(message);
        this.rule = rule;
        this.field = field;
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }
}
