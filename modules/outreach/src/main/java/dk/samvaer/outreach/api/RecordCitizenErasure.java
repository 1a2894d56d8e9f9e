package dk.samvaer.outreach.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record that a citizen's keys were deleted from the key vault at someone's request; causes {@link CitizenErased}.
 * Carries who asked, for which source system, why, where the keys were looked for and how many were found, never whom.
 */
public record RecordCitizenErasure(
        @TargetAggregateIdentifier ErasureId erasureId,
        String requestedBy,
        String client,
        String sourceSystem,
        String reason,
        List<String> municipalityCodes,
        int keysDeleted) {}
