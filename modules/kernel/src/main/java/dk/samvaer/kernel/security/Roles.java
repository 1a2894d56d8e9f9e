package dk.samvaer.kernel.security;

/** Role names as compile-time constants, for {@code @RolesAllowed} on endpoints. */
public final class Roles {

    public static final String PROGRAMME_ADMIN = "PROGRAMME_ADMIN";
    public static final String MUNICIPAL_LEADER = "MUNICIPAL_LEADER";
    public static final String CENTRE_STAFF = "CENTRE_STAFF";
    public static final String CASE_SYSTEM = "CASE_SYSTEM";
    public static final String AUDITOR = "AUDITOR";

    private Roles() {}
}
