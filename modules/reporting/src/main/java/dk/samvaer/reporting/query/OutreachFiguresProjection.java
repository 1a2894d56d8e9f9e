package dk.samvaer.reporting.query;

import dk.samvaer.kernel.readmodel.ProjectionWrites;
import dk.samvaer.outreach.api.CitizenArrived;
import dk.samvaer.outreach.api.EscortProvided;
import dk.samvaer.outreach.api.ReferralAccepted;
import dk.samvaer.outreach.api.ReferralDeclined;
import dk.samvaer.outreach.api.ReferralExpired;
import dk.samvaer.outreach.api.ReferralMade;
import dk.samvaer.outreach.api.VisibilityActionTaken;
import java.util.List;
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
     * Stores the escort and keeps the citizen's first escort to the centre marked: the earliest by date, then by id,
     * whatever order the escorts arrive in. Statements on the citizen at the centre that read nothing first, so they
     * can wait for the batch's commit: the escort; the citizen in its month, year and all time; the first escort, if there is none yet;
     * the first escort replaced if this one is earlier (a compare-and-set, safe when two segments see escorts of the
     * same citizen); and the flags of the citizen's escorts that change with it. New and changed escorts are marked,
     * and the day counts take them in once per batch ({@link OutreachCounts}). An escort seen before changes nothing.
     */
    @EventHandler
    void on(EscortProvided e) {
        UUID escort = e.escortId().value();
        UUID centre = e.centreId().value();
        List<Object> citizenAtCentre = List.of(e.citizenPseudonym(), centre);
        writes.updateRowsOf(
                citizenAtCentre,
                "INSERT INTO reporting_escort (escort_id, municipality_code, centre_id, service, citizen_pseudonym,"
                        + " escorted_on, reconcile) VALUES (?, ?, ?, ?, ?, ?, TRUE) ON CONFLICT DO NOTHING",
                escort,
                e.municipalityCode(),
                centre,
                e.service().name(),
                e.citizenPseudonym(),
                e.escortedOn());
        for (int period : CitizenPeriods.of(e.escortedOn())) {
            writes.updateRowsOf(
                    citizenAtCentre,
                    "INSERT INTO reporting_escort_citizen (municipality_code, period, citizen_pseudonym)"
                            + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                    e.municipalityCode(),
                    period,
                    e.citizenPseudonym());
        }
        writes.updateRowsOf(
                citizenAtCentre,
                "INSERT INTO reporting_escort_first (citizen_pseudonym, centre_id, escort_id, escorted_on)"
                        + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                e.citizenPseudonym(),
                centre,
                escort,
                e.escortedOn());
        writes.updateRowsOf(
                citizenAtCentre,
                "UPDATE reporting_escort_first SET escort_id = ?, escorted_on = ? WHERE citizen_pseudonym = ?"
                        + " AND centre_id = ? AND (escorted_on > ? OR (escorted_on = ? AND escort_id > ?))",
                escort,
                e.escortedOn(),
                e.citizenPseudonym(),
                centre,
                e.escortedOn(),
                e.escortedOn(),
                escort);
        writes.updateRowsOf(
                citizenAtCentre,
                "UPDATE reporting_escort SET first_escort = NOT first_escort, reconcile = TRUE"
                        + " WHERE citizen_pseudonym = ? AND centre_id = ? AND first_escort <> (escort_id = (SELECT"
                        + " f.escort_id FROM reporting_escort_first f WHERE f.citizen_pseudonym = ? AND f.centre_id = ?))",
                e.citizenPseudonym(),
                centre,
                e.citizenPseudonym(),
                centre);
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
        jdbc.sql("DELETE FROM reporting_escort_first").update();
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
