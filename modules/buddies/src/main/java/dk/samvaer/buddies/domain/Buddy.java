package dk.samvaer.buddies.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.samvaer.activities.api.ActivityDirectory;
import dk.samvaer.buddies.api.AssignBuddyTask;
import dk.samvaer.buddies.api.BuddyCourseCompleted;
import dk.samvaer.buddies.api.BuddyEnrolled;
import dk.samvaer.buddies.api.BuddyId;
import dk.samvaer.buddies.api.BuddyPaused;
import dk.samvaer.buddies.api.BuddyResumed;
import dk.samvaer.buddies.api.BuddyRetired;
import dk.samvaer.buddies.api.BuddyStatus;
import dk.samvaer.buddies.api.BuddyTask;
import dk.samvaer.buddies.api.BuddyTaskAssigned;
import dk.samvaer.buddies.api.CompleteBuddyCourse;
import dk.samvaer.buddies.api.EnrolBuddy;
import dk.samvaer.buddies.api.PauseBuddy;
import dk.samvaer.buddies.api.RecordSupervision;
import dk.samvaer.buddies.api.ResumeBuddy;
import dk.samvaer.buddies.api.RetireBuddy;
import dk.samvaer.buddies.api.SupervisionHeld;
import dk.samvaer.buddies.api.WelcomeNewUser;
import dk.samvaer.kernel.Bounds;
import dk.samvaer.kernel.InvalidInput;
import dk.samvaer.kernel.RuleViolation;
import dk.samvaer.kernel.Texts;
import dk.samvaer.programme.api.CentreDirectory;
import dk.samvaer.programme.api.CentreDirectory.CentreSummary;
import dk.samvaer.programme.api.CentreId;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * A buddy: a current centre user, known only by a pseudonymous handle, who takes the buddy course and then welcomes
 * new users, shows them around and co-facilitates activities, with supervision by staff. Paused, resumed, retired.
 */
public class Buddy {

    static final int MAX_HOURS = CompleteBuddyCourse.MAX_HOURS;
    static final int MAX_REASON = Bounds.MAX_TEXT;

    @AggregateIdentifier
    private BuddyId buddyId;

    private CentreId centreId;
    private String municipalityCode;
    private BuddyStatus status;
    private boolean trained;
    private final Set<BuddyTask> tasks = EnumSet.noneOf(BuddyTask.class);

    protected Buddy() {
        // for Axon
    }

    @CommandHandler
    public Buddy(EnrolBuddy command, CentreDirectory centres) {
        CentreSummary centre = Welcomes.requireKnownCentre(command.centreId(), centres);
        apply(new BuddyEnrolled(
                command.buddyId(), centre.centreId(), centre.municipalityCode(), Handles.require(command.handle())));
    }

    @CommandHandler
    public void handle(CompleteBuddyCourse command, Clock clock) {
        requireNotRetired();
        if (trained) {
            throw new RuleViolation("course-already-completed", "The buddy has already completed the course.");
        }
        int hours = Texts.present("hours", command.hours());
        if (hours < 1 || hours > MAX_HOURS) {
            throw new InvalidInput("course-hours", "hours", "A course lasts from 1 to " + MAX_HOURS + " hours.");
        }
        apply(new BuddyCourseCompleted(
                buddyId,
                centreId,
                municipalityCode,
                Bounds.happened("completedOn", command.completedOn(), clock),
                hours));
    }

    @CommandHandler
    public void handle(AssignBuddyTask command) {
        requireTrainedAndActive("take on tasks");
        BuddyTask task = Texts.present("task", command.task());
        if (tasks.contains(task)) {
            throw new RuleViolation("task-already-assigned", "The buddy already has the task " + task + ".");
        }
        apply(new BuddyTaskAssigned(buddyId, municipalityCode, task));
    }

    @CommandHandler
    public void handle(RecordSupervision command, Clock clock) {
        requireNotRetired();
        apply(new SupervisionHeld(
                buddyId,
                centreId,
                municipalityCode,
                command.sessionId(),
                Bounds.happened("heldOn", command.heldOn(), clock)));
    }

    @CommandHandler
    public void handle(WelcomeNewUser command, ActivityDirectory activities, Clock clock) {
        requireTrainedAndActive("welcome new users");
        apply(Welcomes.welcomed(
                command.welcomeId(),
                centreId,
                municipalityCode,
                buddyId,
                command.welcomedOn(),
                command.heardVia(),
                command.activityId(),
                activities,
                clock));
    }

    @CommandHandler
    public void handle(PauseBuddy command) {
        requireNotRetired();
        if (status == BuddyStatus.PAUSED) {
            throw new RuleViolation("buddy-already-paused", "The buddy is already paused.");
        }
        apply(new BuddyPaused(buddyId, municipalityCode, Texts.required("reason", command.reason(), MAX_REASON)));
    }

    @CommandHandler
    public void handle(ResumeBuddy command) {
        requireNotRetired();
        if (status != BuddyStatus.PAUSED) {
            throw new RuleViolation("buddy-not-paused", "Only a paused buddy can be resumed.");
        }
        apply(new BuddyResumed(buddyId, municipalityCode));
    }

    @CommandHandler
    public void handle(RetireBuddy command) {
        requireNotRetired();
        apply(new BuddyRetired(buddyId, municipalityCode, Texts.required("reason", command.reason(), MAX_REASON)));
    }

    // --- rules -------------------------------------------------------------------------------------------------

    private void requireNotRetired() {
        if (status == BuddyStatus.RETIRED) {
            throw new RuleViolation("buddy-retired", "The buddy is retired; nothing more is recorded for them.");
        }
    }

    private void requireTrainedAndActive(String action) {
        requireNotRetired();
        if (!trained) {
            throw new RuleViolation("buddy-not-trained", "Only a buddy who completed the course can " + action + ".");
        }
        if (status == BuddyStatus.PAUSED) {
            throw new RuleViolation("buddy-paused", "A paused buddy cannot " + action + ".");
        }
    }

    // --- state -------------------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(BuddyEnrolled event) {
        this.buddyId = event.buddyId();
        this.centreId = event.centreId();
        this.municipalityCode = event.municipalityCode();
        this.status = BuddyStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(BuddyCourseCompleted event) {
        this.trained = true;
    }

    @EventSourcingHandler
    void on(BuddyTaskAssigned event) {
        tasks.add(event.task());
    }

    @EventSourcingHandler
    void on(BuddyPaused event) {
        this.status = BuddyStatus.PAUSED;
    }

    @EventSourcingHandler
    void on(BuddyResumed event) {
        this.status = BuddyStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(BuddyRetired event) {
        this.status = BuddyStatus.RETIRED;
    }
}
