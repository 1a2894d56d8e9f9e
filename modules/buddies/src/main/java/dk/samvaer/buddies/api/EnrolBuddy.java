package dk.samvaer.buddies.api;

import dk.samvaer.programme.api.CentreId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Enrol a current centre user as a buddy, known only by a pseudonymous handle chosen by staff. Causes
 * {@link BuddyEnrolled}.
 */
public record EnrolBuddy(@TargetAggregateIdentifier BuddyId buddyId, CentreId centreId, String handle) {

    /** The longest handle. */
    public static final int MAX_HANDLE = 30;
}
