package dk.samvaer.collaboration.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.samvaer.collaboration.api.NetworkMeetingHeld;
import dk.samvaer.collaboration.api.NetworkMeetingId;
import dk.samvaer.collaboration.api.RecordNetworkMeeting;
import dk.samvaer.kernel.Bounds;
import dk.samvaer.kernel.InvalidInput;
import dk.samvaer.kernel.Texts;
import dk.samvaer.kernel.UnknownReference;
import dk.samvaer.programme.api.Municipalities;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/** A network meeting across municipalities: at least two take part, on a day that is not in the future. */
public class NetworkMeeting {

    @AggregateIdentifier
    private NetworkMeetingId networkMeetingId;

    protected NetworkMeeting() {
        // for Axon
    }

    @CommandHandler
    public NetworkMeeting(RecordNetworkMeeting command, Municipalities municipalities, Clock clock) {
        List<String> codes = command.municipalityCodes() == null ? List.of() : command.municipalityCodes();
        Set<String> distinct = new LinkedHashSet<>(codes);
        if (distinct.size() < 2 || distinct.size() != codes.size()) {
            throw new InvalidInput(
                    "network-needs-municipalities",
                    "municipalityCodes",
                    "A network meeting lists at least two different municipalities, each once.");
        }
        for (String code : distinct) {
            if (!municipalities.exists(code)) {
                throw new UnknownReference("municipalityCodes", "No Danish municipality has the code '" + code + "'.");
            }
        }
        apply(new NetworkMeetingHeld(
                command.networkMeetingId(),
                Bounds.happened("heldOn", command.heldOn(), clock),
                Texts.required("purpose", command.purpose(), Meeting.MAX_PURPOSE),
                List.copyOf(distinct)));
    }

    @EventSourcingHandler
    void on(NetworkMeetingHeld event) {
        this.networkMeetingId = event.networkMeetingId();
    }
}
