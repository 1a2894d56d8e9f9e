package dk.samvaer.outreach.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record what a run of the retention job shredded; causes {@link CitizenKeysExpired}. */
public record RecordKeysExpired(
        @TargetAggregateIdentifier RetentionRunId runId, LocalDate notPostedSince, int keysShredded) {}
