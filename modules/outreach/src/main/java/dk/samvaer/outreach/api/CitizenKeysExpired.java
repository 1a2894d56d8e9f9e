package dk.samvaer.outreach.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * The retention job shredded the keys of citizens about whom nothing had been posted since {@code notPostedSince}
 * ({@code samvaer.privacy.citizen-retention} before the run): how many, and when. Counts only.
 */
@Revision("1")
public record CitizenKeysExpired(
        RetentionRunId runId, LocalDate notPostedSince, int keysShredded, Instant shreddedAt) {}
