package dk.samvaer.outreach.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.samvaer.kernel.InvalidInput;
import dk.samvaer.kernel.Texts;
import dk.samvaer.outreach.api.CitizenKeysExpired;
import dk.samvaer.outreach.api.RecordKeysExpired;
import dk.samvaer.outreach.api.RetentionRunId;
import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/** One run of the retention job that shredded citizen keys: when, from which day back, how many. Counts only. */
public class RetentionRun {

    @AggregateIdentifier
    private RetentionRunId runId;

    protected RetentionRun() {
        // for Axon
    }

    @CommandHandler
    public RetentionRun(RecordKeysExpired command, Clock clock) {
        LocalDate notPostedSince = Texts.present("notPostedSince", command.notPostedSince());
        if (notPostedSince.isAfter(LocalDate.now(clock))) {
            throw new InvalidInput("date-in-future", "notPostedSince", "notPostedSince cannot be in the future.");
        }
        if (command.keysShredded() < 1) {
            throw new InvalidInput(
                    "retention-run-shredded-nothing",
                    "keysShredded",
                    "A retention run is recorded when it shredded at least one key.");
        }
        apply(new CitizenKeysExpired(command.runId(), notPostedSince, command.keysShredded(), clock.instant()));
    }

    @EventSourcingHandler
    void on(CitizenKeysExpired event) {
        this.runId = event.runId();
    }
}
