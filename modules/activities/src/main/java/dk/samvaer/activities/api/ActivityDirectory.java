package dk.samvaer.activities.api;

import dk.samvaer.kernel.UnknownReference;
import dk.samvaer.programme.api.CentreId;
import java.util.Optional;

/**
 * Looks up a planned activity, strongly consistent with the command side (it reads what created the activity).
 * Used to keep requests within the caller's municipalities and by contexts that refer to an activity.
 */
public interface ActivityDirectory {

    Optional<ActivitySummary> find(ActivityId activityId);

    /**
     * Refuses a reference to an activity that is not held at the centre (unknown, or another centre's); no activity
     * given, nothing to refuse.
     */
    default void requireAt(ActivityId activityId, CentreId centreId) {
        if (activityId != null
                && find(activityId)
                        .filter(activity -> activity.centreId().equals(centreId))
                        .isEmpty()) {
            throw new UnknownReference("activityId", "No activity with that id is held at this centre.");
        }
    }

    /** An activity, its centre and the municipality it belongs to. */
    record ActivitySummary(ActivityId activityId, CentreId centreId, String municipalityCode, String title) {}
}
