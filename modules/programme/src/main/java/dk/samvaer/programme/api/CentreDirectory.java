package dk.samvaer.programme.api;

import dk.samvaer.kernel.UnknownReference;
import dk.samvaer.kernel.security.Caller;
import java.util.Optional;

/**
 * Looks up a registered centre, strongly consistent with the command side: a centre is known here as soon as the
 * command that registered it has completed. Other contexts use it to validate centre references.
 */
public interface CentreDirectory {

    Optional<CentreSummary> find(CentreId centreId);

    /**
     * A centre the current caller may see. One in a municipality outside their scope is as unknown to them as one
     * that does not exist: 422 {@code unknown-reference} on {@code centreId}.
     */
    default CentreSummary requireVisible(CentreId centreId) {
        return find(centreId)
                .filter(centre -> Caller.current().sees(centre.municipalityCode()))
                .orElseThrow(
                        () -> new UnknownReference("centreId", "No centre is registered with id " + centreId + "."));
    }

    /** A registered centre and the municipality it belongs to. */
    record CentreSummary(CentreId centreId, String municipalityCode, String name) {}
}
