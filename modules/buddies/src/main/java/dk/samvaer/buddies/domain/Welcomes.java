package dk.samvaer.buddies.domain;

import dk.samvaer.activities.api.ActivityDirectory;
import dk.samvaer.activities.api.ActivityId;
import dk.samvaer.activities.api.HeardVia;
import dk.samvaer.buddies.api.BuddyId;
import dk.samvaer.buddies.api.NewUserWelcomed;
import dk.samvaer.buddies.api.WelcomeId;
import dk.samvaer.kernel.Bounds;
import dk.samvaer.kernel.Texts;
import dk.samvaer.kernel.UnknownReference;
import dk.samvaer.programme.api.CentreDirectory;
import dk.samvaer.programme.api.CentreDirectory.CentreSummary;
import dk.samvaer.programme.api.CentreId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

/**
 * The rules every welcome follows, by a buddy or by staff: a known centre, an activity only at that centre, and a day
 * that is not in the future.
 */
final class Welcomes {

    private Welcomes() {}

    static CentreSummary requireKnownCentre(CentreId centreId, CentreDirectory centres) {
        if (centreId == null) {
            throw new UnknownReference("centreId", "A centre is required.");
        }
        return centres.find(centreId)
                .orElseThrow(
                        () -> new UnknownReference("centreId", "No centre is registered with id " + centreId + "."));
    }

    static NewUserWelcomed welcomed(
            WelcomeId welcomeId,
            CentreId centreId,
            String municipalityCode,
            BuddyId buddyId,
            LocalDate welcomedOn,
            Set<HeardVia> heardVia,
            ActivityId activityId,
            ActivityDirectory activities,
            Clock clock) {
        activities.requireAt(activityId, centreId);
        return new NewUserWelcomed(
                Texts.present("welcomeId", welcomeId),
                centreId,
                municipalityCode,
                buddyId,
                Bounds.happened("welcomedOn", welcomedOn, clock),
                heardVia == null ? Set.of() : Set.copyOf(heardVia),
                activityId);
    }
}
