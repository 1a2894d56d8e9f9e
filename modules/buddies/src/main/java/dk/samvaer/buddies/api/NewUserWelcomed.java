package dk.samvaer.buddies.api;

import dk.samvaer.activities.api.ActivityId;
import dk.samvaer.activities.api.HeardVia;
import dk.samvaer.programme.api.CentreId;
import java.time.LocalDate;
import java.util.Set;
import org.axonframework.serialization.Revision;

/** A new user was welcomed at a centre by a buddy ({@code buddyId}) or by staff ({@code buddyId} null), optionally at an activity, with how they heard of the centre. Nothing else about the newcomer is recorded. */
@Revision("1")
public record NewUserWelcomed(
        WelcomeId welcomeId,
        CentreId centreId,
        String municipalityCode,
        BuddyId buddyId,
        LocalDate welcomedOn,
        Set<HeardVia> heardVia,
        ActivityId activityId) {}
