package dk.samvaer.outreach.query;

import dk.samvaer.kernel.readmodel.ProjectionWrites;
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
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps escorts, referrals with their results, and visibility actions, with the client that posted them. */
@Component
@ProcessingGroup(OutreachProjection.GROUP)
class OutreachProjection {

    static final String GROUP = "outreach";

    private final ProjectionWrites writes;
    private final JdbcClient jdbc;

    OutreachProjection(ProjectionWrites writes) {
        this.writes = writes;
        this.jdbc = writes.jdbc();
    }

    @EventHandler
    void on(
            EscortProvided e,
            @MetaDataValue("client") String client,
            @MetaDataValue("sourceSystem") String sourceSystem,
            @MetaDataValue("externalId") String externalId) {
        writes.update(
                "INSERT INTO outreach_escort (escort_id, municipality_code, service, centre_id, activity_id,"
                        + " escorted_on, posted_by, source_system, external_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                e.escortId().value(),
                e.municipalityCode(),
                e.service().name(),
                e.centreId().value(),
                e.activityId() == null ? null : e.activityId().value(),
                e.escortedOn(),
                client,
                sourceSystem,
                externalId);
    }

    @EventHandler
    void on(
            ReferralMade e,
            @MetaDataValue("client") String client,
            @MetaDataValue("sourceSystem") String sourceSystem,
            @MetaDataValue("externalId") String externalId) {
        writes.update(
                "INSERT INTO outreach_referral (referral_id, municipality_code, service, centre_id, referred_on, status,"
                        + " posted_by, source_system, external_id) VALUES (?, ?, ?, ?, ?, 'MADE', ?, ?, ?) ON CONFLICT DO NOTHING",
                e.referralId().value(),
                e.municipalityCode(),
                e.service().name(),
                e.centreId().value(),
                e.referredOn(),
                client,
                sourceSystem,
                externalId);
    }

    @EventHandler
    void on(ReferralAccepted e) {
        writes.update(
                "UPDATE outreach_referral SET status = 'ACCEPTED', accepted_on = ? WHERE referral_id = ?",
                e.acceptedOn(),
                e.referralId().value());
    }

    @EventHandler
    void on(CitizenArrived e) {
        writes.update(
                "UPDATE outreach_referral SET status = 'ARRIVED', arrived_on = ?, days_to_arrival = ?"
                        + " WHERE referral_id = ?",
                e.arrivedOn(),
                e.daysFromReferral(),
                e.referralId().value());
    }

    @EventHandler
    void on(ReferralDeclined e) {
        writes.update(
                "UPDATE outreach_referral SET status = 'DECLINED', declined_on = ?, reason = ? WHERE referral_id = ?",
                e.declinedOn(),
                e.reason(),
                e.referralId().value());
    }

    @EventHandler
    void on(ReferralExpired e) {
        writes.update(
                "UPDATE outreach_referral SET status = 'EXPIRED', expired_on = ?, reason = ? WHERE referral_id = ?",
                e.expiredOn(),
                e.reason(),
                e.referralId().value());
    }

    @EventHandler
    void on(VisibilityActionTaken e) {
        writes.update(
                "INSERT INTO outreach_visibility_action (action_id, centre_id, municipality_code, kind, channel,"
                        + " activity_id, taken_on, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                e.actionId().value(),
                e.centreId().value(),
                e.municipalityCode(),
                e.kind().name(),
                e.channel() == null ? null : e.channel().name(),
                e.activityId() == null ? null : e.activityId().value(),
                e.takenOn(),
                e.description());
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM outreach_visibility_action").update();
        jdbc.sql("DELETE FROM outreach_referral").update();
        jdbc.sql("DELETE FROM outreach_escort").update();
    }
}
