package dk.samvaer.kernel;

/**
 * A business rule refused a command because of the current state of an aggregate (for example a second logbook for
 * the same activity). The {@link #rule()} is a stable, kebab-case name that clients may branch on; the web layer
 * answers it as {@code 409 Conflict}.
 */
public class RuleViolation extends RuntimeException {

    private final String rule;

    public RuleViolation(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
