package dk.samvaer.collaboration.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A seat was added to a group. No personal data: a display name, if any, is kept outside the event store. */
@Revision("1")
public record MemberSeatAdded(
        GroupId groupId, String municipalityCode, UUID seatId, OrganisationType organisationType, String roleTitle) {}
