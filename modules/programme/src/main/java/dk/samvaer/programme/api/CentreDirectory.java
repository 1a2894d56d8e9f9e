package dk.samvaer.programme.api;

import java.util.Optional;

/**
 * Looks up a registered centre, strongly consistent with the command side: a centre is known here as soon as the
 * command that registered it has completed. Other contexts use it to validate centre references.
 */
public interface CentreDirectory {

    Optional<CentreSummary> find(CentreId centreId);

    /** A registered centre and the municipality it belongs to. */
    record CentreSummary(CentreId centreId, String municipalityCode, String name) {}
}
