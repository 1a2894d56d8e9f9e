package dk.samvaer.buddies.api;

import dk.samvaer.programme.api.CentreId;
import org.axonframework.serialization.Revision;

/** A current centre user became a buddy at the centre, known by a pseudonymous handle. */
@Revision("1")
public record BuddyEnrolled(BuddyId buddyId, CentreId centreId, String municipalityCode, String handle) {}
