package dk.samvaer.activities.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.samvaer.activities.api.ActivityCancelled;
import dk.samvaer.activities.api.ActivityHeld;
import dk.samvaer.activities.api.ActivityId;
import dk.samvaer.activities.api.ActivityPlanned;
import dk.samvaer.activities.api.ActivityStatus;
import dk.samvaer.activities.api.CancelActivity;
import dk.samvaer.activities.api.CorrectLogbook;
import dk.samvaer.activities.api.EvaluationLinkIssued;
import dk.samvaer.activities.api.EvaluationSubmitted;
import dk.samvaer.activities.api.HeardVia;
import dk.samvaer.activities.api.IssueEvaluationLink;
import dk.samvaer.activities.api.LogbookCorrected;
import dk.samvaer.activities.api.PlanActivity;
import dk.samvaer.activities.api.RecordLogbook;
import dk.samvaer.activities.api.SubmitEvaluation;
import dk.samvaer.activities.api.SubmitEvaluationByLink;
import dk.samvaer.kernel.RuleViolation;
import dk.samvaer.kernel.UnknownReference;
import dk.samvaer.programme.api.CentreDirectory;
import dk.samvaer.programme.api.CentreDirectory.CentreSummary;
import dk.samvaer.programme.api.CentreId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * A plug-and-play activity at a drop-in centre: planned, then either held (with a logbook that may be corrected and
 * participant evaluations) or cancelled.
 */
public class Activity {

    @AggregateIdentifier
    private ActivityId activityId;

    private CentreId centreId;
    private String municipalityCode;
    private ActivityStatus status;
    private LocalDate heldOn;
    private String evaluationToken;

    protected Activity() {
        // for Axon
    }

    @CommandHandler
    public Activity(PlanActivity command, CentreDirectory centres, LinkTokens tokens) {
        CentreSummary centre = requireKnownCentre(command.centreId(), centres);
        ActivityDetails.validate(command);
        apply(new ActivityPlanned(
                command.activityId(),
                centre.centreId(),
                centre.municipalityCode(),
                command.title().strip(),
                command.category(),
                command.setting(),
                command.startsAt(),
                ActivityDetails.blankToNull(command.description()),
                command.costPerParticipant(),
                ActivityDetails.blankToNull(command.transport()),
                ActivityDetails.blankToNull(command.accessibilityNotes())));
        apply(new EvaluationLinkIssued(command.activityId(), centre.municipalityCode(), tokens.next()));
    }

    @CommandHandler
    public void handle(IssueEvaluationLink command, LinkTokens tokens) {
        requireNotCancelled("issue an evaluation link for");
        apply(new EvaluationLinkIssued(activityId, municipalityCode, tokens.next()));
    }

    @CommandHandler
    public void handle(SubmitEvaluationByLink command, Clock clock) {
        if (evaluationToken == null || !evaluationToken.equals(command.token())) {
            throw new RuleViolation("evaluation-link-unknown", "This evaluation link is not the activity's link.");
        }
        requireNotCancelled("evaluate");
        if (status != ActivityStatus.HELD) {
            throw new RuleViolation("evaluation-not-open-yet", "The evaluation opens once the activity was held.");
        }
        if (LocalDate.now(clock).isAfter(heldOn.plusDays(SubmitEvaluationByLink.OPEN_FOR_DAYS))) {
            throw new RuleViolation(
                    "evaluation-closed",
                    "The evaluation closed " + SubmitEvaluationByLink.OPEN_FOR_DAYS + " days after the activity.");
        }
        evaluated(command.evaluationId(), command.heardVia(), command.wouldJoinAgain());
    }

    @CommandHandler
    public void handle(RecordLogbook command, Clock clock) {
        requireNotCancelled("record a logbook for");
        requireNoLogbookYet();
        LogbookEntry entry = LogbookEntry.of(
                command.heldOn(), command.participants(), command.newParticipants(), command.formerlyHomeless(), clock);
        apply(new ActivityHeld(
                activityId,
                centreId,
                municipalityCode,
                entry.heldOn(),
                entry.participants(),
                entry.newParticipants(),
                entry.formerlyHomeless()));
    }

    @CommandHandler
    public void handle(CorrectLogbook command, Clock clock) {
        requireHeld("correct the logbook of");
        String reason = Reasons.require(command.reason());
        LogbookEntry entry = LogbookEntry.of(
                command.heldOn(), command.participants(), command.newParticipants(), command.formerlyHomeless(), clock);
        apply(new LogbookCorrected(
                activityId,
                centreId,
                municipalityCode,
                entry.heldOn(),
                entry.participants(),
                entry.newParticipants(),
                entry.formerlyHomeless(),
                reason));
    }

    @CommandHandler
    public void handle(CancelActivity command) {
        requireNotCancelled("cancel");
        requireNotHeldYet();
        apply(new ActivityCancelled(activityId, municipalityCode, Reasons.require(command.reason())));
    }

    @CommandHandler
    public void handle(SubmitEvaluation command) {
        requireHeld("evaluate");
        evaluated(command.evaluationId(), command.heardVia(), command.wouldJoinAgain());
    }

    /** One anonymous evaluation, however it came (typed in by staff, or through the public link). */
    private void evaluated(UUID evaluationId, Set<HeardVia> heardVia, Boolean wouldJoinAgain) {
        apply(new EvaluationSubmitted(
                activityId,
                evaluationId,
                municipalityCode,
                heardVia == null ? Set.of() : Set.copyOf(heardVia),
                wouldJoinAgain));
    }

    // --- rules -------------------------------------------------------------------------------------------------

    static CentreSummary requireKnownCentre(CentreId centreId, CentreDirectory centres) {
        if (centreId == null) {
            throw new UnknownReference("centreId", "An activity needs a centre.");
        }
        return centres.find(centreId)
                .orElseThrow(
                        () -> new UnknownReference("centreId", "No centre is registered with id " + centreId + "."));
    }

    private void requireNotCancelled(String action) {
        if (status == ActivityStatus.CANCELLED) {
            throw new RuleViolation("activity-cancelled", "Cannot " + action + " a cancelled activity.");
        }
    }

    private void requireNoLogbookYet() {
        if (status == ActivityStatus.HELD) {
            throw new RuleViolation(
                    "logbook-already-recorded",
                    "The logbook of this activity is already recorded; correct it (PUT) instead.");
        }
    }

    private void requireHeld(String action) {
        if (status != ActivityStatus.HELD) {
            throw new RuleViolation(
                    "activity-not-held", "Cannot " + action + " an activity before its logbook is recorded.");
        }
    }

    private void requireNotHeldYet() {
        if (status == ActivityStatus.HELD) {
            throw new RuleViolation(
                    "activity-already-held", "The activity was already held; correct its logbook instead.");
        }
    }

    // --- state -------------------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(ActivityPlanned event) {
        this.activityId = event.activityId();
        this.centreId = event.centreId();
        this.municipalityCode = event.municipalityCode();
        this.status = ActivityStatus.PLANNED;
    }

    @EventSourcingHandler
    void on(ActivityHeld event) {
        this.status = ActivityStatus.HELD;
        this.heldOn = event.heldOn();
    }

    @EventSourcingHandler
    void on(LogbookCorrected event) {
        this.heldOn = event.heldOn();
    }

    @EventSourcingHandler
    void on(EvaluationLinkIssued event) {
        this.evaluationToken = event.token();
    }

    @EventSourcingHandler
    void on(ActivityCancelled event) {
        this.status = ActivityStatus.CANCELLED;
    }
}
