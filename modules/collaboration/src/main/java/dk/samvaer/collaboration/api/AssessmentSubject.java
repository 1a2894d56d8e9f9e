package dk.samvaer.collaboration.api;

import dk.samvaer.programme.api.CentreId;

/** Who assessed themselves: a municipality, or one centre in it. Aggregate id {@code self-assessment-<code>[-<centre>]}. */
public record AssessmentSubject(String municipalityCode, CentreId centreId) {

    @Override
    public String toString() {
        return "self-assessment-" + municipalityCode + (centreId == null ? "" : "-" + centreId);
    }
}
