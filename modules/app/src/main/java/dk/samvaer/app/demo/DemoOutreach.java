package dk.samvaer.app.demo;

import static dk.samvaer.app.demo.DemoYear.YEAR;
import static dk.samvaer.app.demo.DemoYear.uuid;

import dk.samvaer.kernel.security.Pseudonyms;
import dk.samvaer.outreach.api.AcceptReferral;
import dk.samvaer.outreach.api.Channel;
import dk.samvaer.outreach.api.DeclineReferral;
import dk.samvaer.outreach.api.EscortId;
import dk.samvaer.outreach.api.MakeReferral;
import dk.samvaer.outreach.api.ProvideEscort;
import dk.samvaer.outreach.api.RecordArrival;
import dk.samvaer.outreach.api.RecordVisibilityAction;
import dk.samvaer.outreach.api.ReferralId;
import dk.samvaer.outreach.api.Service;
import dk.samvaer.outreach.api.VisibilityActionId;
import dk.samvaer.outreach.api.VisibilityKind;
import dk.samvaer.programme.api.Arm;
import dk.samvaer.programme.api.CentreId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Outreach in the demo year: a poster for every activity, social-media posts and the Drop-in Centres' Day at every
 * centre; in the test municipalities escorts (some citizens escorted twice) and referrals that arrive, wait or are
 * declined; a few escorts in the control arm too. Citizens are made-up references, pseudonymised like any other.
 */
final class DemoOutreach {

    private static final Service[] SERVICES = {
        Service.SECTION_99, Service.SECTION_85A, Service.SHELTER, Service.AUTHORITY
    };

    private final Pseudonyms pseudonyms;

    DemoOutreach(Pseudonyms pseudonyms) {
        this.pseudonyms = pseudonyms;
    }

    int load(DemoStrands.Steps steps, List<DemoYear.Row> activities) {
        int sent = 0;
        for (int i = 0; i < activities.size(); i++) {
            DemoYear.Row activity = activities.get(i);
            VisibilityActionId poster = new VisibilityActionId(uuid("poster:" + YEAR + ":" + i));
            sent += steps.sendMissing(
                    poster.toString(),
                    List.of(new RecordVisibilityAction(
                            poster,
                            DemoYear.centreOf(activity.municipalityCode()),
                            VisibilityKind.POSTER,
                            null,
                            DemoYear.activityOf(i),
                            activity.heldOn().minusWeeks(2),
                            "Plakat: " + activity.title())));
        }
        for (String code : DemoYear.ARMS.keySet()) {
            sent += visibility(steps, code);
            boolean test = DemoYear.ARMS.get(code) == Arm.TEST;
            sent += escorts(steps, code, test ? 6 : 2);
            if (test) {
                sent += referrals(steps, code);
            }
        }
        return sent;
    }

    private int visibility(DemoStrands.Steps steps, String code) {
        CentreId centre = DemoYear.centreOf(code);
        int sent = 0;
        List<RecordVisibilityAction> actions = List.of(
                new RecordVisibilityAction(
                        new VisibilityActionId(uuid("post:" + code + ":1")),
                        centre,
                        VisibilityKind.SOCIAL_MEDIA_POST,
                        Channel.FACEBOOK,
                        null,
                        LocalDate.of(YEAR, 4, 10),
                        "Billeder fra bob og bordcurling"),
                new RecordVisibilityAction(
                        new VisibilityActionId(uuid("post:" + code + ":2")),
                        centre,
                        VisibilityKind.SOCIAL_MEDIA_POST,
                        Channel.NEWSLETTER,
                        null,
                        LocalDate.of(YEAR, 9, 1),
                        "Kommunens nyhedsbrev: værestedet inviterer"),
                new RecordVisibilityAction(
                        new VisibilityActionId(uuid("day:" + code)),
                        centre,
                        VisibilityKind.DROP_IN_CENTRES_DAY,
                        null,
                        null,
                        LocalDate.of(YEAR, 9, 18),
                        "Værestedernes dag med åbent hus"));
        for (RecordVisibilityAction action : actions) {
            sent += steps.sendMissing(action.actionId().toString(), List.of(action));
        }
        return sent;
    }

    private int escorts(DemoStrands.Steps steps, String code, int count) {
        int sent = 0;
        for (int k = 0; k < count; k++) {
            EscortId escort = new EscortId(uuid("escort:" + code + ":" + k));
            String citizen = pseudonyms.citizen(code, "demo-citizen-" + code + "-" + (k % 4));
            sent += steps.sendMissing(
                    escort.toString(),
                    List.of(new ProvideEscort(
                            escort,
                            code,
                            SERVICES[k % SERVICES.length],
                            citizen,
                            DemoYear.centreOf(code),
                            null,
                            LocalDate.of(YEAR, 3 + k, 5 + k))));
        }
        return sent;
    }

    private int referrals(DemoStrands.Steps steps, String code) {
        int sent = 0;
        for (int k = 0; k < 3; k++) {
            ReferralId referral = new ReferralId(uuid("referral:" + code + ":" + k));
            LocalDate referredOn = LocalDate.of(YEAR, 4 + 2 * k, 7);
            List<Object> lifecycle = new ArrayList<>();
            lifecycle.add(new MakeReferral(
                    referral,
                    code,
                    Service.AUTHORITY,
                    pseudonyms.citizen(code, "demo-referred-" + code + "-" + k),
                    DemoYear.centreOf(code),
                    referredOn));
            if (k < 2) {
                lifecycle.add(new AcceptReferral(referral, referredOn.plusDays(2)));
            }
            if (k == 0) {
                lifecycle.add(new RecordArrival(referral, referredOn.plusDays(6 + TEST_OFFSET.indexOf(code))));
            }
            if (k == 2) {
                lifecycle.add(
                        new DeclineReferral(referral, referredOn.plusDays(1), "Borgeren ønskede et andet tilbud"));
            }
            sent += steps.sendMissing(referral.toString(), lifecycle);
        }
        return sent;
    }

    private static final List<String> TEST_OFFSET = DemoStrands.TEST;
}
