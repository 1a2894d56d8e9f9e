package dk.samvaer.web.pages;

import dk.samvaer.kernel.Paging;
import dk.samvaer.kernel.security.Caller;
import dk.samvaer.programme.api.CentreDirectory;
import dk.samvaer.programme.api.CentreDirectory.CentreSummary;
import dk.samvaer.programme.api.CentreId;
import dk.samvaer.programme.api.CentreList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The centres the signed-in person may record for (those of their municipalities, every centre for an admin), for the
 * staff's record pages: the choice of centre, and the centres' names in their lists.
 */
@Component
class StaffCentres {

    private final CentreList centres;
    private final CentreDirectory directory;

    StaffCentres(CentreList centres, CentreDirectory directory) {
        this.centres = centres;
        this.directory = directory;
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

    /**
     * The centre a submitted form names, as a command refers to it: none when the form names none, refused (as the
     * API refuses it) when the person may not see it.
     */
    CentreId requireVisible(UUID centreId) {
        return centreId == null
                ? null
                : directory.requireVisible(new CentreId(centreId)).centreId();
    }

    /**
     * Puts the choice of centre on a record form's page ({@code centres}, {@code centreNames}, {@code centreChosen}):
     * the form's centre if it is one of the person's, else their only centre, which the form then gets.
     *
     * @return the chosen centre, or none
     */
    UUID choose(UUID formCentre, Consumer<UUID> setFormCentre, Model model) {
        Map<UUID, String> names = names();
        UUID centre = chosen(formCentre, names);
        if (formCentre == null && centre != null) {
            setFormCentre.accept(centre);
        }
        model.addAttribute("centres", visible());
        model.addAttribute("centreNames", names);
        model.addAttribute("centreChosen", centre != null);
        return centre;
    }

    /** The centre the form names if it is one of the person's, else the only centre they have, else none. */
    static UUID chosen(UUID centreId, Map<UUID, String> names) {
        if (centreId != null && names.containsKey(centreId)) {
            return centreId;
        }
        return centreId == null && names.size() == 1 ? names.keySet().iterator().next() : null;
    }
}
