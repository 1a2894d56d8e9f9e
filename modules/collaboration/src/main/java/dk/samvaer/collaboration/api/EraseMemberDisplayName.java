package dk.samvaer.collaboration.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that a seat's display name was erased. Causes {@link MemberDisplayNameErased}. */
public record EraseMemberDisplayName(@TargetAggregateIdentifier GroupId groupId, UUID seatId) {}
