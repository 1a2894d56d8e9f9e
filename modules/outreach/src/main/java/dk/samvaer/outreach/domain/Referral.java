package dk.samvaer.outreach.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.samvaer.kernel.Bounds;
import dk.samvaer.kernel.InvalidInput;
import dk.samvaer.kernel.RuleViolation;
import dk.samvaer.kernel.Texts;
import dk.samvaer.outreach.api.AcceptReferral;
import dk.samvaer.outreach.api.CitizenArrived;
import dk.samvaer.outreach.api.DeclineReferral;
import dk.samvaer.outreach.api.ExpireReferral;
import dk.samvaer.outreach.api.MakeReferral;
import dk.samvaer.outreach.api.RecordArrival;
import dk.samvaer.outreach.api.ReferralAccepted;
import dk.samvaer.outreach.api.ReferralDeclined;
import dk.samvaer.outreach.api.ReferralExpired;
import dk.samvaer.outreach.api.ReferralId;
import dk.samvaer.outreach.api.ReferralMade;
import dk.samvaer.outreach.api.ReferralStatus;
import dk.samvaer.programme.api.CentreDirectory;
import dk.samvaer.programme.api.CentreId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * A referral of a citizen to a centre: made, accepted, and closed by the citizen's arrival (first visit), a decline
 * or expiry. Each result keeps its own date; the days from referral to arrival are derived.
 */
public class Referral {

    static final int MAX_REASON = Bounds.MAX_TEXT;

    @AggregateIdentifier
    private ReferralId referralId;

    private String municipalityCode;
    private CentreId centreId;
    private LocalDate referredOn;
    private ReferralStatus status;

    protected Referral() {
        // for Axon
    }

    @CommandHandler
    public Referral(MakeReferral command, CentreDirectory centres, Clock clock) {
        Places.centreIn(command.centreId(), command.municipalityCode(), centres);
        apply(new ReferralMade(
                command.referralId(),
                command.municipalityCode(),
                Texts.present("service", command.service()),
                Texts.present("citizenRef", command.citizenPseudonym()),
                command.centreId(),
                Bounds.happened("referredOn", command.referredOn(), clock)));
    }

    @CommandHandler
    public void handle(AcceptReferral command, Clock clock) {
        if (status != ReferralStatus.MADE) {
            throw new RuleViolation(
                    status == ReferralStatus.ACCEPTED ? "referral-already-accepted" : "referral-closed",
                    status == ReferralStatus.ACCEPTED
                            ? "The referral is already accepted."
                            : "The referral is closed.");
        }
        apply(new ReferralAccepted(
                referralId, municipalityCode, notBeforeReferral("acceptedOn", command.acceptedOn(), clock)));
    }

    @CommandHandler
    public void handle(RecordArrival command, Clock clock) {
        if (status == ReferralStatus.ARRIVED) {
            throw new RuleViolation("citizen-already-arrived", "The citizen's arrival is already recorded.");
        }
        requireOpen();
        LocalDate arrivedOn = notBeforeReferral("arrivedOn", command.arrivedOn(), clock);
        apply(new CitizenArrived(
                referralId, municipalityCode, centreId, arrivedOn, ChronoUnit.DAYS.between(referredOn, arrivedOn)));
    }

    @CommandHandler
    public void handle(DeclineReferral command, Clock clock) {
        requireOpen();
        apply(new ReferralDeclined(
                referralId,
                municipalityCode,
                notBeforeReferral("declinedOn", command.declinedOn(), clock),
                Texts.required("reason", command.reason(), MAX_REASON)));
    }

    @CommandHandler
    public void handle(ExpireReferral command, Clock clock) {
        requireOpen();
        apply(new ReferralExpired(
                referralId,
                municipalityCode,
                notBeforeReferral("expiredOn", command.expiredOn(), clock),
                Texts.required("reason", command.reason(), MAX_REASON)));
    }

    // --- rules -------------------------------------------------------------------------------------------------

    private void requireOpen() {
        if (status == ReferralStatus.ARRIVED || status == ReferralStatus.DECLINED || status == ReferralStatus.EXPIRED) {
            throw new RuleViolation(
                    "referral-closed",
                    "The referral is closed (" + status.name().toLowerCase() + ").");
        }
    }

    private LocalDate notBeforeReferral(String field, LocalDate date, Clock clock) {
        Bounds.happened(field, date, clock);
        if (date.isBefore(referredOn)) {
            throw new InvalidInput(
                    "date-before-referral", field, field + " cannot be before the referral (" + referredOn + ").");
        }
        return date;
    }

    // --- state -------------------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(ReferralMade event) {
        this.referralId = event.referralId();
        this.municipalityCode = event.municipalityCode();
        this.centreId = event.centreId();
        this.referredOn = event.referredOn();
        this.status = ReferralStatus.MADE;
    }

    @EventSourcingHandler
    void on(ReferralAccepted event) {
        this.status = ReferralStatus.ACCEPTED;
    }

    @EventSourcingHandler
    void on(CitizenArrived event) {
        this.status = ReferralStatus.ARRIVED;
    }

    @EventSourcingHandler
    void on(ReferralDeclined event) {
        this.status = ReferralStatus.DECLINED;
    }

    @EventSourcingHandler
    void on(ReferralExpired event) {
        this.status = ReferralStatus.EXPIRED;
    }
}
