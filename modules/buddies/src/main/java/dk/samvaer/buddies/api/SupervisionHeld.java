package dk.samvaer.buddies.api;

import dk.samvaer.programme.api.CentreId;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** Staff held a supervision session with a buddy. */
@Revision("1")
public record SupervisionHeld(
        BuddyId buddyId, CentreId centreId, String municipalityCode, UUID sessionId, LocalDate heldOn) {}
