package dk.samvaer.outreach.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.samvaer.activities.api.ActivityDirectory;
import dk.samvaer.kernel.Bounds;
import dk.samvaer.kernel.Texts;
import dk.samvaer.outreach.api.EscortId;
import dk.samvaer.outreach.api.EscortProvided;
import dk.samvaer.outreach.api.ProvideEscort;
import dk.samvaer.programme.api.CentreDirectory;
import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/** An escort: a worker went with a citizen to a centre, or to an activity there. Whether it was the first is derived. */
public class Escort {

    @AggregateIdentifier
    private EscortId escortId;

    protected Escort() {
        // for Axon
    }

    @CommandHandler
    public Escort(ProvideEscort command, CentreDirectory centres, ActivityDirectory activities, Clock clock) {
        Places.centreIn(command.centreId(), command.municipalityCode(), centres);
        activities.requireAt(command.activityId(), command.centreId());
        apply(new EscortProvided(
                command.escortId(),
                command.municipalityCode(),
                Texts.present("service", command.service()),
                Texts.present("citizenRef", command.citizenPseudonym()),
                command.centreId(),
                command.activityId(),
                Bounds.happened("escortedOn", command.escortedOn(), clock)));
    }

    @EventSourcingHandler
    void on(EscortProvided event) {
        this.escortId = event.escortId();
    }
}
