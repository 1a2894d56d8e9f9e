package dk.samvaer.programme.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.samvaer.kernel.Bounds;
import dk.samvaer.kernel.InvalidInput;
import dk.samvaer.kernel.UnknownReference;
import dk.samvaer.programme.api.CentreId;
import dk.samvaer.programme.api.CentreRegistered;
import dk.samvaer.programme.api.Municipalities;
import dk.samvaer.programme.api.RegisterCentre;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/** A municipal drop-in centre (værested), the partner centre of a municipality in the programme. */
public class Centre {

    static final int MAX_NAME_LENGTH = Bounds.MAX_NAME;

    @AggregateIdentifier
    private CentreId centreId;

    protected Centre() {
        // for Axon
    }

    @CommandHandler
    public Centre(RegisterCentre command, Municipalities municipalities) {
        requireKnownMunicipality(command.municipalityCode(), municipalities);
        requireName(command.name());
        apply(new CentreRegistered(
                command.centreId(), command.municipalityCode(), command.name().strip()));
    }

    static void requireKnownMunicipality(String code, Municipalities municipalities) {
        if (!municipalities.exists(code)) {
            throw new UnknownReference("municipalityCode", "No Danish municipality has the code '" + code + "'.");
        }
    }

    static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInput("centre-name-required", "name", "A centre needs a name.");
        }
        if (name.strip().length() > MAX_NAME_LENGTH) {
            throw new InvalidInput(
                    "centre-name-too-long", "name", "A centre name has at most " + MAX_NAME_LENGTH + " characters.");
        }
    }

    @EventSourcingHandler
    void on(CentreRegistered event) {
        this.centreId = event.centreId();
    }
}
