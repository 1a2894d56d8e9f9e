package dk.samvaer.reporting.query;

import dk.samvaer.kernel.readmodel.ProjectionWrites;
import dk.samvaer.outreach.api.CitizenArrived;
import dk.samvaer.outreach.api.EscortProvided;
import dk.samvaer.outreach.api.ReferralAccepted;
import dk.samvaer.outreach.api.ReferralDeclined;
import dk.samvaer.outreach.api.ReferralExpired;
import dk.samvaer.outreach.api.ReferralMade;
import dk.samvaer.outreach.api.VisibilityActionTaken;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Escorts, referrals and visibility actions as the outreach reports count them. */
@Component
@ProcessingGroup(ProjectYearProjection.GROUP)
public class OutreachFiguresProjection {

    private final ProjectionWrites writes;
    private final JdbcClient jdbc;

    public OutreachFiguresProjection(ProjectionWrites writes) {
        this.writes = writes;
        this.jdbc = writes.jdbc();
    }

    /**
     * Stores the escort, marked for the batch's step that keeps first escorts and the counts ({@link OutreachCounts}):
     * a row of its own, so segments handling escorts at once never wait for each other here. An escort seen before
     * changes nothing.
     */
    @EventHandler
    void on(EscortProvided e) {
        writes.update(
                "INSERT INTO reporting_escort (escort_id, municipality_code, centre_id, service, citizen_pseudonym,"
                        + " escorted_on, reconcile) VALUES (?, ?, ?, ?, ?, ?, TRUE) ON CONFLICT DO NOTHING",
                e.escortId().value(),
                e.municipalityCode(),
                e.centreId().value(),
                e.service().name(),
                e.citizenPseudonym(),
                e.escortedOn());
        writes.afterWrites(OutreachCounts.ESCORTS, OutreachCounts::escorts);
    }

    @EventHandler
    void on(ReferralMade e) {
        writes.updateRowsOf(
                e.referralId().value(),
                "INSERT INTO reporting_referral (referral_id, municipality_code, centre_id, referred_on, status, accepted,"
                        + " reconcile) VALUES (?, ?, ?, ?, 'MADE', FALSE, TRUE) ON CONFLICT DO NOTHING",
                e.referralId().value(),
                e.municipalityCode(),
                e.centreId().value(),
                e.referredOn());
        countReferrals();
    }

    @EventHandler
    void on(ReferralAccepted e) {
        writes.updateRowsOf(
                e.referralId().value(),
                "UPDATE reporting_referral SET accepted = TRUE, status = 'ACCEPTED', reconcile = TRUE"
                        + " WHERE referral_id = ?",
                e.referralId().value());
        countReferrals();
    }

    @EventHandler
    void on(CitizenArrived e) {
        writes.updateRowsOf(
                e.referralId().value(),
                "UPDATE reporting_referral SET status = 'ARRIVED', days_to_arrival = ?, reconcile = TRUE"
                        + " WHERE referral_id = ?",
                e.daysFromReferral(),
                e.referralId().value());
        countReferrals();
    }

    @EventHandler
    void on(ReferralDeclined e) {
        status(e.referralId().value(), "DECLINED");
    }

    @EventHandler
    void on(ReferralExpired e) {
        status(e.referralId().value(), "EXPIRED");
    }

    @EventHandler
    void on(VisibilityActionTaken e) {
        writes.update(
                "INSERT INTO reporting_visibility (action_id, centre_id, municipality_code, kind, taken_on)"
                        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                e.actionId().value(),
                e.centreId().value(),
                e.municipalityCode(),
                e.kind().name(),
                e.takenOn());
    }

    @ResetHandler
    public void reset() {
        jdbc.sql("DELETE FROM reporting_visibility").update();
        jdbc.sql("DELETE FROM reporting_referral_arrival").update();
        jdbc.sql("DELETE FROM reporting_referral_day").update();
        jdbc.sql("DELETE FROM reporting_referral").update();
        jdbc.sql("DELETE FROM reporting_escort_citizens").update();
        jdbc.sql("DELETE FROM reporting_escort_citizen").update();
        jdbc.sql("DELETE FROM reporting_escort_day").update();
        jdbc.sql("DELETE FROM reporting_escort").update();
    }

    private void status(UUID referralId, String status) {
        writes.updateRowsOf(
                referralId,
                "UPDATE reporting_referral SET status = ?, reconcile = TRUE WHERE referral_id = ?",
                status,
                referralId);
        countReferrals();
    }

    private void countReferrals() {
        writes.afterWrites(OutreachCounts.REFERRALS, OutreachCounts::referrals);
    }
}
