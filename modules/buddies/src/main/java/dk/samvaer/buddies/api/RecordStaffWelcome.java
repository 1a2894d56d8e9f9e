package dk.samvaer.buddies.api;

import dk.samvaer.activities.api.ActivityId;
import dk.samvaer.activities.api.HeardVia;
import dk.samvaer.programme.api.CentreId;
import java.time.LocalDate;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A staff member welcomed a new user at the centre, optionally at an activity. Causes {@link NewUserWelcomed}. */
public record RecordStaffWelcome(
        @TargetAggregateIdentifier WelcomeId welcomeId,
        CentreId centreId,
        LocalDate welcomedOn,
        Set<HeardVia> heardVia,
        ActivityId activityId) {}
