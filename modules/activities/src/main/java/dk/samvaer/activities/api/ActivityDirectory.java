package dk.samvaer.activities.api;

import dk.samvaer.programme.api.CentreId;
import java.util.Optional;

/**
 * Looks up a planned activity, strongly consistent with the command side (it reads what created the activity).
 * Used to keep requests within the caller's municipalities and by contexts that refer to an activity.
 */
public interface ActivityDirectory {

    Optional<ActivitySummary> find(ActivityId activityId);

    /** An activity, its centre and the municipality it belongs to. */
    record ActivitySummary(ActivityId activityId, CentreId centreId, String municipalityCode, String title) {}
}
