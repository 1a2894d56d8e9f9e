package dk.samvaer.web.pages;

import dk.samvaer.kernel.Paging;
import dk.samvaer.kernel.security.Caller;
import dk.samvaer.programme.api.CentreDirectory.CentreSummary;
import dk.samvaer.programme.api.CentreList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The centres the signed-in person may record for (those of their municipalities, every centre for an admin), for the
 * staff's record pages: the choice of centre, and the centres' names in their lists.
 */
@Component
class StaffCentres {

    private final CentreList centres;

    StaffCentres(CentreList centres) {
        this.centres = centres;
    }

    /** The person's municipalities: {@code null} for all, an empty set for none. */
    Set<String> scope() {
        return Caller.current().scopeFor(null);
    }

    /** The person's centres, by municipality and name. */
    List<CentreSummary> visible() {
        Set<String> scope = scope();
        return scope != null && scope.isEmpty()
                ? List.of()
                : centres.centres(scope, new Paging(0, Paging.MAX_SIZE)).items();
    }

    /** The names of the person's centres by their ids, in the order of {@link #visible()}. */
    Map<UUID, String> names() {
        Map<UUID, String> names = new LinkedHashMap<>();
        visible().forEach(centre -> names.putIfAbsent(centre.centreId().value(), centre.name()));
        return names;
    }

    /** The centre the form names if it is one of the person's, else the only centre they have, else none. */
    static UUID chosen(UUID centreId, Map<UUID, String> names) {
        if (centreId != null && names.containsKey(centreId)) {
            return centreId;
        }
        return centreId == null && names.size() == 1 ? names.keySet().iterator().next() : null;
    }
}
