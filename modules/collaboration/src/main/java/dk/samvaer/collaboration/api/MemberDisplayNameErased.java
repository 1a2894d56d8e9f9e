package dk.samvaer.collaboration.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The display name of a seat was erased. */
@Revision("1")
public record MemberDisplayNameErased(GroupId groupId, String municipalityCode, UUID seatId) {}
