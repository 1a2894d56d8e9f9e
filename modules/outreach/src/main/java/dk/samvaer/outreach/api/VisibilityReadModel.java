package dk.samvaer.outreach.api;

import dk.samvaer.activities.api.ActivityId;
import dk.samvaer.kernel.Page;
import dk.samvaer.kernel.Paging;
import dk.samvaer.programme.api.CentreId;
import jakarta.annotation.Nullable;
import java.time.LocalDate;
import java.util.Set;

/**
 * The centres' visibility actions for the web pages' lists. Eventually consistent; callers that just wrote wait with
 * {@code ReadYourWrites}. The municipalities are the caller's scope ({@code null} for all, an empty set for none).
 */
public interface VisibilityReadModel {

    /** Visibility actions of the municipalities' centres, the latest first. */
    Page<VisibilityActionSummary> latestVisibilityActions(Set<String> municipalityCodes, Paging paging);

    /** A visibility action of a centre, as it was recorded. */
    record VisibilityActionSummary(
            VisibilityActionId actionId,
            CentreId centreId,
            String municipalityCode,
            VisibilityKind kind,
            @Nullable Channel channel,
            @Nullable ActivityId activityId,
            LocalDate takenOn,
            @Nullable String description) {}
}
