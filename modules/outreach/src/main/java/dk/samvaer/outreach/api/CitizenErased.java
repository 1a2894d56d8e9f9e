package dk.samvaer.outreach.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A citizen was forgotten: their keys were deleted from the key vault, so their earlier escorts and referrals no
 * longer lead to the case system's reference or to later postings. Says who asked (the caller's name and client), for
 * which source system's reference, why, when, in which municipalities the keys were looked for and how many were
 * deleted (0 when the reference was unknown or already erased); never whom.
 */
@Revision("1")
public record CitizenErased(
        ErasureId erasureId,
        String requestedBy,
        String client,
        String sourceSystem,
        String reason,
        List<String> municipalityCodes,
        int keysDeleted,
        Instant erasedAt) {}
