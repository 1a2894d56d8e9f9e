package dk.samvaer.kernel.security;

/** The roles of the API. Endpoints name the roles they allow with {@code @RolesAllowed} and {@link Roles}. */
public enum Role {
    /** Everything, every municipality. */
    PROGRAMME_ADMIN,
    /** Everything in their municipalities except the audit endpoints. */
    MUNICIPAL_LEADER,
    /** Activities, logbooks, evaluations, buddies, welcomes, visibility; reads reports; in their municipalities. */
    CENTRE_STAFF,
    /** Posts escorts and referrals and reads the results of its own postings; nothing else. */
    CASE_SYSTEM,
    /** Reads everything including the audit endpoints; never writes. */
    AUDITOR;

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
