package dk.samvaer.buddies.api;

import java.util.Optional;

/** Finds a buddy by the event that enrolled them, strongly consistent with the command side. */
public interface BuddyDirectory {

    Optional<BuddyEnrolled> find(BuddyId buddyId);
}
