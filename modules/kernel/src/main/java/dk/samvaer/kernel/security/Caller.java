package dk.samvaer.kernel.security;

import dk.samvaer.kernel.NotFound;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An authenticated caller: a name, the client it came through (API key name, or JWT client), its roles, and the
 * municipalities it may see ({@code allMunicipalities}, or the listed codes). Controllers use it to keep every read
 * and write inside the caller's municipalities.
 */
public record Caller(
        String name, String client, Set<Role> roles, boolean allMunicipalities, Set<String> municipalities) {

    /** Work done by the system itself (start-up tasks such as the demo year), not on behalf of a request. */
    public static final Caller SYSTEM = new Caller("system", "samvaer", Set.of(), true, Set.of());

    public Caller {
        roles = Set.copyOf(roles);
        municipalities = Set.copyOf(municipalities);
    }

    /** The caller of the current request, or {@link #SYSTEM} outside a request. */
    public static Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Caller caller) {
            return caller;
        }
        if (authentication != null && authentication.getDetails() instanceof Caller caller) {
            return caller;
        }
        return SYSTEM;
    }

    public boolean sees(String municipalityCode) {
        return allMunicipalities || municipalities.contains(municipalityCode);
    }

    /** A resource in a municipality the caller may not see does not exist for them: 404, no hint. */
    public void requireSees(String municipalityCode, String what) {
        if (!sees(municipalityCode)) {
            throw new NotFound("No such " + what + ".");
        }
    }

    /** A write into a municipality outside the caller's scope: 403. */
    public void requireMayWriteIn(String municipalityCode) {
        if (!sees(municipalityCode)) {
            throw new OutOfScope("You may not act in municipality " + municipalityCode + ".");
        }
    }

    /** Data that spans every municipality (the event stream, the processors' queues): only for whole-programme callers. */
    public void requireWholeProgramme(String what) {
        if (!allMunicipalities) {
            throw new OutOfScope(what + " span every municipality; your scope is narrower.");
        }
    }

    /**
     * The municipalities a list or report may include: the requested one if the caller sees it (none if not), or
     * else all the caller sees; {@code null} means every municipality.
     */
    public Set<String> scopeFor(String requestedMunicipalityCode) {
        if (requestedMunicipalityCode != null) {
            return sees(requestedMunicipalityCode) ? Set.of(requestedMunicipalityCode) : Set.of();
        }
        return allMunicipalities ? null : municipalities;
    }

    /** Roles as text, sorted, for event metadata. */
    public String rolesText() {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    /** Municipalities as text, for logs and metadata: {@code *} or the sorted codes. */
    public String municipalitiesText() {
        return allMunicipalities ? "*" : String.join(",", new TreeSet<>(municipalities));
    }
}
