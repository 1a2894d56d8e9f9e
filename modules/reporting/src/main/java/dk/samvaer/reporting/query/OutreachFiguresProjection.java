package dk.samvaer.reporting.query;

import dk.samvaer.outreach.api.CitizenArrived;
import dk.samvaer.outreach.api.EscortProvided;
import dk.samvaer.outreach.api.ReferralAccepted;
import dk.samvaer.outreach.api.ReferralDeclined;
import dk.samvaer.outreach.api.ReferralExpired;
import dk.samvaer.outreach.api.ReferralMade;
import dk.samvaer.outreach.api.VisibilityActionTaken;
import java.util.Optional;
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

    private final JdbcClient jdbc;

    public OutreachFiguresProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the escort and keeps the citizen's first escort to the centre marked: the earliest by date, then by id,
     * whatever order the escorts arrive in. An escort seen before changes nothing.
     */
    @EventHandler
    void on(EscortProvided e) {
        UUID escort = e.escortId().value();
        UUID centre = e.centreId().value();
        int stored = jdbc.sql("INSERT INTO reporting_escort (escort_id, municipality_code, centre_id, service,"
                        + " citizen_pseudonym, escorted_on) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(escort, e.municipalityCode(), centre, e.service().name(), e.citizenPseudonym(), e.escortedOn())
                .update();
        if (stored == 0) {
            return;
        }
        int first = jdbc.sql("INSERT INTO reporting_escort_first (citizen_pseudonym, centre_id, escort_id, escorted_on)"
                        + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(e.citizenPseudonym(), centre, escort, e.escortedOn())
                .update();
        if (first == 0) {
            Optional<UUID> later = jdbc.sql("SELECT escort_id FROM reporting_escort_first WHERE citizen_pseudonym = ?"
                            + " AND centre_id = ? AND (escorted_on > ? OR (escorted_on = ? AND escort_id > ?))"
                            + " FOR UPDATE")
                    .params(e.citizenPseudonym(), centre, e.escortedOn(), e.escortedOn(), escort)
                    .query(UUID.class)
                    .optional();
            if (later.isEmpty()) {
                return;
            }
            jdbc.sql("UPDATE reporting_escort_first SET escort_id = ?, escorted_on = ? WHERE citizen_pseudonym = ?"
                            + " AND centre_id = ?")
                    .params(escort, e.escortedOn(), e.citizenPseudonym(), centre)
                    .update();
            jdbc.sql("UPDATE reporting_escort SET first_escort = FALSE WHERE escort_id = ?")
                    .param(later.get())
                    .update();
        }
        jdbc.sql("UPDATE reporting_escort SET first_escort = TRUE WHERE escort_id = ?")
                .param(escort)
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
        jdbc.sql("DELETE FROM reporting_escort_first").update();
        jdbc.sql("DELETE FROM reporting_escort").update();
    }

    private void status(java.util.UUID referralId, String status) {
        jdbc.sql("UPDATE reporting_referral SET status = ? WHERE referral_id = ?")
                .params(status, referralId)
                .update();
    }
}
