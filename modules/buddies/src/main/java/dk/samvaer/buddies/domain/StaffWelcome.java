package dk.samvaer.buddies.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.samvaer.activities.api.ActivityDirectory;
import dk.samvaer.buddies.api.NewUserWelcomed;
import dk.samvaer.buddies.api.RecordStaffWelcome;
import dk.samvaer.buddies.api.WelcomeId;
import dk.samvaer.programme.api.CentreDirectory;
import dk.samvaer.programme.api.CentreDirectory.CentreSummary;
import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/** A new user welcomed by a staff member rather than a buddy. */
public class StaffWelcome {

    @AggregateIdentifier
    private WelcomeId welcomeId;

    protected StaffWelcome() {
        // for Axon
    }

    @CommandHandler
    public StaffWelcome(
            RecordStaffWelcome command, CentreDirectory centres, ActivityDirectory activities, Clock clock) {
        CentreSummary centre = Welcomes.requireKnownCentre(command.centreId(), centres);
        apply(Welcomes.welcomed(
                command.welcomeId(),
                centre.centreId(),
                centre.municipalityCode(),
                null,
                command.welcomedOn(),
                command.heardVia(),
                command.activityId(),
                activities,
                clock));
    }

    @EventSourcingHandler
    void on(NewUserWelcomed event) {
        this.welcomeId = event.welcomeId();
    }
}
