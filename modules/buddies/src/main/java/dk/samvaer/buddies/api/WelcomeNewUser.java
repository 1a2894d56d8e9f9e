package dk.samvaer.buddies.api;

import dk.samvaer.activities.api.ActivityId;
import dk.samvaer.activities.api.HeardVia;
import java.time.LocalDate;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A buddy welcomed a new user at their centre, optionally at an activity. Causes {@link NewUserWelcomed}. */
public record WelcomeNewUser(
        @TargetAggregateIdentifier BuddyId buddyId,
        WelcomeId welcomeId,
        LocalDate welcomedOn,
        Set<HeardVia> heardVia,
        ActivityId activityId) {}
