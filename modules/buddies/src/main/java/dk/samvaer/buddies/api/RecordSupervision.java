package dk.samvaer.buddies.api;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record a supervision session of the buddy by staff. Causes {@link SupervisionHeld}. */
public record RecordSupervision(@TargetAggregateIdentifier BuddyId buddyId, UUID sessionId, LocalDate heldOn) {}
