package dk.samvaer.buddies.api;

import dk.samvaer.activities.api.HeardVia;
import dk.samvaer.kernel.Page;
import dk.samvaer.kernel.Paging;
import dk.samvaer.programme.api.CentreId;
import jakarta.annotation.Nullable;
import java.time.LocalDate;
import java.util.Set;

/**
 * The buddy scheme's read model for the web pages' lists and choices: the buddies by their handles, and the latest
 * welcomes. Eventually consistent; callers that just wrote wait with {@code ReadYourWrites}. The municipalities are
 * the caller's scope ({@code null} for all, an empty set for none); applying it is the caller's.
 */
public interface BuddyReadModel {

    /** Buddies of the municipalities with the status (any if null), at the centre (any if null), by handle. */
    Page<BuddySummary> buddySummaries(
            Set<String> municipalityCodes, @Nullable CentreId centreId, @Nullable BuddyStatus status, Paging paging);

    /** Welcomes of new users in the municipalities, the latest first. */
    Page<WelcomeSummary> latestWelcomes(Set<String> municipalityCodes, Paging paging);

    /** A buddy as staff know them: a pseudonymous handle, never a name; whether they have completed the course. */
    record BuddySummary(BuddyId buddyId, CentreId centreId, String handle, BuddyStatus status, boolean trained) {}

    /**
     * A welcome of a new user: where, when, by which buddy (the handle; none when staff welcomed) and how the newcomer
     * heard of the centre. Nothing else about the newcomer exists.
     */
    record WelcomeSummary(
            WelcomeId welcomeId,
            CentreId centreId,
            String municipalityCode,
            LocalDate welcomedOn,
            @Nullable BuddyId buddyId,
            @Nullable String buddyHandle,
            Set<HeardVia> heardVia) {}
}
