package dk.samvaer.collaboration.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Add a seat to a group; a display name, if any, is kept outside the event store, never in an event. Causes
 * {@link MemberSeatAdded}.
 */
public record AddMemberSeat(
        @TargetAggregateIdentifier GroupId groupId, UUID seatId, OrganisationType organisationType, String roleTitle) {}
