package dk.samvaer.programme.api;

import dk.samvaer.kernel.Page;
import dk.samvaer.kernel.Paging;
import dk.samvaer.programme.api.CentreDirectory.CentreSummary;
import java.util.Set;

/** The registered centres, from the read model (eventually consistent), for lists and choices. */
public interface CentreList {

    /** Centres of the given municipalities ({@code null} for all), by municipality and name. */
    Page<CentreSummary> centres(Set<String> municipalityCodes, Paging paging);
}
