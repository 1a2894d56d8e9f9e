package dk.samvaer.collaboration.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.samvaer.collaboration.api.CancelMeeting;
import dk.samvaer.collaboration.api.CollaborationGroupCreated;
import dk.samvaer.collaboration.api.CompleteFollowUp;
import dk.samvaer.collaboration.api.FollowUp;
import dk.samvaer.collaboration.api.FollowUpCompleted;
import dk.samvaer.collaboration.api.GroupDirectory;
import dk.samvaer.collaboration.api.GroupId;
import dk.samvaer.collaboration.api.HoldMeeting;
import dk.samvaer.collaboration.api.MeetingCancelled;
import dk.samvaer.collaboration.api.MeetingHeld;
import dk.samvaer.collaboration.api.MeetingId;
import dk.samvaer.collaboration.api.MeetingScheduled;
import dk.samvaer.collaboration.api.MeetingStatus;
import dk.samvaer.collaboration.api.ScheduleMeeting;
import dk.samvaer.kernel.Bounds;
import dk.samvaer.kernel.InvalidInput;
import dk.samvaer.kernel.NotFound;
import dk.samvaer.kernel.RuleViolation;
import dk.samvaer.kernel.Texts;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * A meeting of a collaboration group: scheduled with a coordinator, then held once (with decisions and follow-ups)
 * or cancelled. Follow-ups exist only on a held meeting and are completed one by one.
 */
public class Meeting {

    static final int MAX_PURPOSE = Bounds.MAX_TEXT;
    static final int MAX_ITEMS = Bounds.MAX_ITEMS;
    static final int MAX_ITEM = Bounds.MAX_TEXT;

    @AggregateIdentifier
    private MeetingId meetingId;

    private GroupId groupId;
    private String municipalityCode;
    private MeetingStatus status;
    private final Set<UUID> openFollowUps = new HashSet<>();
    private final Set<UUID> completedFollowUps = new HashSet<>();

    protected Meeting() {
        // for Axon
    }

    @CommandHandler
    public Meeting(ScheduleMeeting command, GroupDirectory groups) {
        CollaborationGroupCreated group =
                groups.find(command.groupId()).orElseThrow(() -> new NotFound("No such collaboration group."));
        apply(new MeetingScheduled(
                command.meetingId(),
                command.groupId(),
                group.municipalityCode(),
                Bounds.date("scheduledFor", command.scheduledFor()),
                Seats.require("coordinator", command.coordinator()),
                Texts.required("purpose", command.purpose(), MAX_PURPOSE),
                Texts.list("agenda", command.agenda(), MAX_ITEMS, MAX_ITEM)));
    }

    @CommandHandler
    public void handle(HoldMeeting command, Clock clock) {
        requireNotCancelled("hold");
        requireNotHeld();
        apply(new MeetingHeld(
                meetingId,
                groupId,
                municipalityCode,
                Bounds.happened("heldOn", command.heldOn(), clock),
                command.attendingOrganisationTypes() == null
                        ? Set.of()
                        : Set.copyOf(command.attendingOrganisationTypes()),
                Texts.list("decisions", command.decisions(), MAX_ITEMS, MAX_ITEM),
                followUps(command.followUps()),
                Bounds.optionalDate("nextMeetingOn", command.nextMeetingOn())));
    }

    @CommandHandler
    public void handle(CancelMeeting command) {
        requireNotCancelled("cancel");
        requireNotHeld();
        apply(new MeetingCancelled(
                meetingId, groupId, municipalityCode, Texts.required("reason", command.reason(), MAX_PURPOSE)));
    }

    @CommandHandler
    public void handle(CompleteFollowUp command, Clock clock) {
        if (status != MeetingStatus.HELD) {
            throw new RuleViolation("meeting-not-held", "Follow-ups belong to a held meeting.");
        }
        if (completedFollowUps.contains(command.followUpId())) {
            throw new RuleViolation("follow-up-already-completed", "This follow-up is already completed.");
        }
        if (!openFollowUps.contains(command.followUpId())) {
            throw new NotFound("No such follow-up of this meeting.");
        }
        apply(new FollowUpCompleted(
                meetingId,
                municipalityCode,
                command.followUpId(),
                Bounds.happened("completedOn", command.completedOn(), clock)));
    }

    // --- rules -------------------------------------------------------------------------------------------------

    private void requireNotCancelled(String action) {
        if (status == MeetingStatus.CANCELLED) {
            throw new RuleViolation("meeting-cancelled", "Cannot " + action + " a cancelled meeting.");
        }
    }

    private void requireNotHeld() {
        if (status == MeetingStatus.HELD) {
            throw new RuleViolation("meeting-already-held", "The meeting was already held.");
        }
    }

    private static List<FollowUp> followUps(List<FollowUp> followUps) {
        if (followUps == null) {
            return List.of();
        }
        if (followUps.size() > MAX_ITEMS) {
            throw new InvalidInput("followUps-too-many", "followUps", "followUps has at most " + MAX_ITEMS + " items.");
        }
        Set<UUID> ids = new HashSet<>();
        List<FollowUp> valid = new ArrayList<>();
        for (FollowUp followUp : followUps) {
            Texts.present("followUps", followUp);
            UUID id = Texts.present("followUps.followUpId", followUp.followUpId());
            if (!ids.add(id)) {
                throw new InvalidInput("follow-up-twice", "followUps", "A follow-up is listed twice.");
            }
            valid.add(new FollowUp(
                    id,
                    Texts.required("followUps.description", followUp.description(), MAX_ITEM),
                    Seats.require("followUps.owner", followUp.owner()),
                    Bounds.date("followUps.dueOn", followUp.dueOn())));
        }
        return valid;
    }

    // --- state -------------------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(MeetingScheduled event) {
        this.meetingId = event.meetingId();
        this.groupId = event.groupId();
        this.municipalityCode = event.municipalityCode();
        this.status = MeetingStatus.SCHEDULED;
    }

    @EventSourcingHandler
    void on(MeetingHeld event) {
        this.status = MeetingStatus.HELD;
        event.followUps().forEach(followUp -> openFollowUps.add(followUp.followUpId()));
    }

    @EventSourcingHandler
    void on(MeetingCancelled event) {
        this.status = MeetingStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(FollowUpCompleted event) {
        openFollowUps.remove(event.followUpId());
        completedFollowUps.add(event.followUpId());
    }
}
