package dk.samvaer.reporting.query;

import dk.samvaer.outreach.api.CitizenArrived;
import dk.samvaer.outreach.api.EscortProvided;
import dk.samvaer.outreach.api.ReferralAccepted;
import dk.samvaer.outreach.api.ReferralDeclined;
import dk.samvaer.outreach.api.ReferralExpired;
import dk.samvaer.outreach.api.ReferralMade;
import dk.samvaer.outreach.api.VisibilityActionTaken;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Escorts, referrals and visibility actions as the outreach reports count them. */
@Component
@ProcessingGroup(ProjectYearProjection.GROUP)
public class OutreachFiguresProjection {

    private final JdbcClient jdbc;

    public OutreachFiguresProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(EscortProvided e) {
        jdbc.sql("INSERT INTO reporting_escort (escort_id, municipality_code, centre_id, service, citizen_pseudonym,"
                        + " escorted_on) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(
                        e.escortId().value(),
                        e.municipalityCode(),
                        e.centreId().value(),
                        e.service().name(),
                        e.citizenPseudonym(),
                        e.escortedOn())
                .update();
    }

    @EventHandler
    void on(ReferralMade e) {
        jdbc.sql(
                        "INSERT INTO reporting_referral (referral_id, municipality_code, centre_id, referred_on, status, accepted)"
                                + " VALUES (?, ?, ?, ?, 'MADE', FALSE) ON CONFLICT DO NOTHING")
                .params(
                        e.referralId().value(),
                        e.municipalityCode(),
                        e.centreId().value(),
                        e.referredOn())
                .update();
    }

    @EventHandler
    void on(ReferralAccepted e) {
        jdbc.sql("UPDATE reporting_referral SET accepted = TRUE, status = 'ACCEPTED' WHERE referral_id = ?")
                .param(e.referralId().value())
                .update();
    }

    @EventHandler
    void on(CitizenArrived e) {
        jdbc.sql("UPDATE reporting_referral SET status = 'ARRIVED', days_to_arrival = ? WHERE referral_id = ?")
                .params(e.daysFromReferral(), e.referralId().value())
                .update();
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
        jdbc.sql("INSERT INTO reporting_visibility (action_id, centre_id, municipality_code, kind, taken_on)"
                        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(
                        e.actionId().value(),
                        e.centreId().value(),
                        e.municipalityCode(),
                        e.kind().name(),
                        e.takenOn())
                .update();
    }

    @ResetHandler
    public void reset() {
        jdbc.sql("DELETE FROM reporting_visibility").update();
        jdbc.sql("DELETE FROM reporting_referral").update();
        jdbc.sql("DELETE FROM reporting_escort").update();
    }

    private void status(java.util.UUID referralId, String status) {
        jdbc.sql("UPDATE reporting_referral SET status = ? WHERE referral_id = ?")
                .params(status, referralId)
                .update();
    }
}
