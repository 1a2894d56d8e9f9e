package dk.samvaer.collaboration.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.samvaer.collaboration.api.AddMemberSeat;
import dk.samvaer.collaboration.api.CollaborationGroupCreated;
import dk.samvaer.collaboration.api.CreateCollaborationGroup;
import dk.samvaer.collaboration.api.EraseMemberDisplayName;
import dk.samvaer.collaboration.api.GroupId;
import dk.samvaer.collaboration.api.MemberDisplayNameErased;
import dk.samvaer.collaboration.api.MemberSeatAdded;
import dk.samvaer.kernel.Bounds;
import dk.samvaer.kernel.NotFound;
import dk.samvaer.kernel.RuleViolation;
import dk.samvaer.kernel.Texts;
import dk.samvaer.kernel.UnknownReference;
import dk.samvaer.programme.api.Municipalities;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/** A cross-sector collaboration group of a municipality, and its seats. */
public class CollaborationGroup {

    static final int MAX_ROLE_TITLE = Bounds.MAX_NAME;

    @AggregateIdentifier
    private GroupId groupId;

    private String municipalityCode;
    private final Set<UUID> seats = new HashSet<>();

    protected CollaborationGroup() {
        // for Axon
    }

    @CommandHandler
    public CollaborationGroup(CreateCollaborationGroup command, Municipalities municipalities) {
        if (!municipalities.exists(command.municipalityCode())) {
            throw new UnknownReference(
                    "municipalityCode", "No Danish municipality has the code '" + command.municipalityCode() + "'.");
        }
        Texts.present("level", command.level());
        apply(new CollaborationGroupCreated(command.groupId(), command.municipalityCode(), command.level()));
    }

    @CommandHandler
    public void handle(AddMemberSeat command) {
        Texts.present("organisationType", command.organisationType());
        String roleTitle = Texts.required("roleTitle", command.roleTitle(), MAX_ROLE_TITLE);
        if (seats.contains(command.seatId())) {
            throw new RuleViolation("seat-already-added", "The group already has this seat.");
        }
        apply(new MemberSeatAdded(groupId, municipalityCode, command.seatId(), command.organisationType(), roleTitle));
    }

    @CommandHandler
    public void handle(EraseMemberDisplayName command) {
        if (!seats.contains(command.seatId())) {
            throw new NotFound("No such seat in this group.");
        }
        apply(new MemberDisplayNameErased(groupId, municipalityCode, command.seatId()));
    }

    @EventSourcingHandler
    void on(CollaborationGroupCreated event) {
        this.groupId = event.groupId();
        this.municipalityCode = event.municipalityCode();
    }

    @EventSourcingHandler
    void on(MemberSeatAdded event) {
        seats.add(event.seatId());
    }
}
