package dk.samvaer.outreach.domain;

import dk.samvaer.kernel.Texts;
import dk.samvaer.kernel.UnknownReference;
import dk.samvaer.programme.api.CentreDirectory;
import dk.samvaer.programme.api.CentreDirectory.CentreSummary;
import dk.samvaer.programme.api.CentreId;

/** Where outreach leads: a registered centre (in the stated municipality), and optionally an activity at it. */
final class Places {

    private Places() {}

    /** A registered centre, in whichever municipality. */
    static CentreSummary centre(CentreId centreId, CentreDirectory centres) {
        return registered(centreId, null, centres);
    }

    /** A registered centre in the stated municipality, which must be named. */
    static CentreSummary centreIn(CentreId centreId, String municipalityCode, CentreDirectory centres) {
        return registered(centreId, Texts.present("municipalityCode", municipalityCode), centres);
    }

    private static CentreSummary registered(CentreId centreId, String municipalityCode, CentreDirectory centres) {
        if (centreId == null) {
            throw new UnknownReference("centreId", "A centre is required.");
        }
        return centres.find(centreId)
                .filter(centre ->
                        municipalityCode == null || centre.municipalityCode().equals(municipalityCode))
                .orElseThrow(() -> new UnknownReference(
                        "centreId",
                        "No centre with that id is registered"
                                + (municipalityCode == null ? "." : " in municipality " + municipalityCode + ".")));
    }
}
