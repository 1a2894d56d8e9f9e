package dk.samvaer.app.demo;

import static dk.samvaer.app.demo.DemoYear.YEAR;
import static dk.samvaer.app.demo.DemoYear.uuid;

import dk.samvaer.activities.api.ActivityId;
import dk.samvaer.activities.api.HeardVia;
import dk.samvaer.buddies.api.AssignBuddyTask;
import dk.samvaer.buddies.api.BuddyId;
import dk.samvaer.buddies.api.BuddyTask;
import dk.samvaer.buddies.api.CompleteBuddyCourse;
import dk.samvaer.buddies.api.EnrolBuddy;
import dk.samvaer.buddies.api.RecordStaffWelcome;
import dk.samvaer.buddies.api.RecordSupervision;
import dk.samvaer.buddies.api.WelcomeId;
import dk.samvaer.buddies.api.WelcomeNewUser;
import dk.samvaer.collaboration.api.AddMemberSeat;
import dk.samvaer.collaboration.api.AssessmentSubject;
import dk.samvaer.collaboration.api.BestPractice;
import dk.samvaer.collaboration.api.CompleteFollowUp;
import dk.samvaer.collaboration.api.CreateCollaborationGroup;
import dk.samvaer.collaboration.api.FollowUp;
import dk.samvaer.collaboration.api.GroupId;
import dk.samvaer.collaboration.api.HoldMeeting;
import dk.samvaer.collaboration.api.Level;
import dk.samvaer.collaboration.api.MeetingId;
import dk.samvaer.collaboration.api.NetworkMeetingId;
import dk.samvaer.collaboration.api.OrganisationType;
import dk.samvaer.collaboration.api.PracticeAssessment;
import dk.samvaer.collaboration.api.PracticeStatus;
import dk.samvaer.collaboration.api.RecordNetworkMeeting;
import dk.samvaer.collaboration.api.RecordSelfAssessment;
import dk.samvaer.collaboration.api.ScheduleMeeting;
import dk.samvaer.collaboration.api.Seat;
import dk.samvaer.programme.api.Arm;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The collaboration and buddy strands of the demo year, in the three test municipalities only (as in the report):
 * a staff-level group with six held meetings each, two network meetings (the first for the test municipalities, the
 * second for all five), 2-4 trained buddies per test centre with tasks, supervision and welcomes, some welcomes by
 * staff in every centre, and self-assessments (a baseline and a later one in the test arm, one in the control arm).
 */
final class DemoStrands {

    /** Sends the steps an aggregate has not had yet, and says how many it sent. */
    @FunctionalInterface
    interface Steps {
        int sendMissing(String aggregateId, List<?> steps);
    }

    static final List<String> TEST = List.of("621", "510", "370");
    static final Map<String, Integer> BUDDIES = Map.of("621", 3, "510", 2, "370", 4);
    static final List<String> HANDLES = List.of(
            "Ravnen", "Solsikken", "Fyrtaarnet", "Maagen", "Egetraeet", "Kompasset", "Ankeret", "Laerken", "Stjernen");
    static final Seat COORDINATOR = new Seat(OrganisationType.DROP_IN_CENTRE, "Medarbejder på værestedet");
    static final List<Seat> SEATS = List.of(
            COORDINATOR,
            new Seat(OrganisationType.SECTION_99, "Gadeplansmedarbejder"),
            new Seat(OrganisationType.SECTION_85A, "Bostøttemedarbejder (Housing First)"),
            new Seat(OrganisationType.SHELTER, "Medarbejder på forsorgshjem"),
            new Seat(OrganisationType.AUTHORITY, "Sagsbehandler, myndighed"));
    static final List<String> PURPOSES = List.of(
            "Opstart: fælles forståelse af værestedets rolle",
            "Følgeskab: hvem følger nye brugere til værestedet?",
            "Synlighed: plakater og opslag om aktiviteterne",
            "Den gode velkomst og buddy-ordningen",
            "Status på plug-and-play aktiviteterne",
            "Evaluering og aftaler for næste år");
    static final int[][] MEETING_DATES = {{2, 11}, {3, 25}, {5, 13}, {6, 24}, {9, 9}, {11, 18}};

    int load(Steps steps, List<DemoYear.Row> activities) {
        int sent = 0;
        for (String code : TEST) {
            sent += group(steps, code);
            sent += buddies(steps, code, activities);
        }
        sent += networkMeetings(steps);
        for (String code : DemoYear.ARMS.keySet()) {
            sent += staffWelcomes(steps, code);
            sent += selfAssessments(steps, code);
        }
        return sent;
    }

    private int group(Steps steps, String code) {
        GroupId group = new GroupId(uuid("group:" + code));
        List<Object> groupSteps = new ArrayList<>();
        groupSteps.add(new CreateCollaborationGroup(group, code, Level.STAFF));
        for (int i = 0; i < SEATS.size(); i++) {
            Seat seat = SEATS.get(i);
            groupSteps.add(new AddMemberSeat(
                    group, uuid("seat:" + code + ":" + i), seat.organisationType(), seat.roleTitle()));
        }
        int sent = steps.sendMissing(group.toString(), groupSteps);
        int offset = TEST.indexOf(code);
        for (int k = 0; k < MEETING_DATES.length; k++) {
            sent += meeting(steps, code, group, k, offset);
        }
        return sent;
    }

    private int meeting(Steps steps, String code, GroupId group, int k, int offset) {
        MeetingId meeting = new MeetingId(uuid("meeting:" + code + ":" + k));
        LocalDate on = LocalDate.of(YEAR, MEETING_DATES[k][0], MEETING_DATES[k][1] + offset);
        LocalDate next = k + 1 < MEETING_DATES.length
                ? LocalDate.of(YEAR, MEETING_DATES[k + 1][0], MEETING_DATES[k + 1][1] + offset)
                : null;
        List<FollowUp> followUps = List.of(
                new FollowUp(
                        uuid("follow-up:" + code + ":" + k + ":0"),
                        "Send næste aktivitetsplakat til forsorgshjem og bostøtte",
                        SEATS.get(0),
                        on.plusWeeks(3)),
                new FollowUp(
                        uuid("follow-up:" + code + ":" + k + ":1"),
                        "Aftal følgeskab for nye borgere i næste måned",
                        SEATS.get(1 + k % 2),
                        on.plusWeeks(5)));
        List<Object> meetingSteps = new ArrayList<>();
        meetingSteps.add(new ScheduleMeeting(
                meeting,
                group,
                on,
                COORDINATOR,
                PURPOSES.get(k),
                List.of("Velkomst og runde", PURPOSES.get(k), "Aftaler og næste møde")));
        meetingSteps.add(new HoldMeeting(
                meeting,
                on,
                Set.of(
                        OrganisationType.DROP_IN_CENTRE,
                        OrganisationType.SECTION_99,
                        OrganisationType.SECTION_85A,
                        k % 2 == 0 ? OrganisationType.SHELTER : OrganisationType.AUTHORITY),
                List.of("Værestedet nævnes i alle indflytningsplaner"),
                followUps,
                next));
        // The follow-ups of the last two meetings are still open (one of them overdue by year end).
        if (k < MEETING_DATES.length - 2) {
            for (FollowUp followUp : followUps) {
                meetingSteps.add(new CompleteFollowUp(
                        meeting, followUp.followUpId(), followUp.dueOn().minusDays(3)));
            }
        }
        return steps.sendMissing(meeting.toString(), meetingSteps);
    }

    private int networkMeetings(Steps steps) {
        NetworkMeetingId first = new NetworkMeetingId(uuid("network:" + YEAR + ":1"));
        NetworkMeetingId second = new NetworkMeetingId(uuid("network:" + YEAR + ":2"));
        return steps.sendMissing(
                        first.toString(),
                        List.of(new RecordNetworkMeeting(
                                first, LocalDate.of(YEAR, 4, 22), "Netværksmøde for testkommunerne", TEST)))
                + steps.sendMissing(
                        second.toString(),
                        List.of(new RecordNetworkMeeting(
                                second,
                                LocalDate.of(YEAR, 10, 28),
                                "Netværksmøde for alle fem kommuner",
                                List.copyOf(DemoYear.ARMS.keySet()))));
    }

    private int buddies(Steps steps, String code, List<DemoYear.Row> activities) {
        List<Integer> ownActivities = new ArrayList<>();
        for (int i = 0; i < activities.size(); i++) {
            if (activities.get(i).municipalityCode().equals(code)) {
                ownActivities.add(i);
            }
        }
        int sent = 0;
        int first = TEST.indexOf(code) * 3;
        for (int i = 0; i < BUDDIES.get(code); i++) {
            BuddyId buddy = new BuddyId(uuid("buddy:" + code + ":" + i));
            List<Object> buddySteps = new ArrayList<>();
            buddySteps.add(new EnrolBuddy(buddy, DemoYear.centreOf(code), HANDLES.get((first + i) % HANDLES.size())));
            buddySteps.add(new CompleteBuddyCourse(buddy, LocalDate.of(YEAR, 2, 20 + TEST.indexOf(code)), 3));
            buddySteps.add(new AssignBuddyTask(buddy, BuddyTask.WELCOME_NEW_USERS));
            buddySteps.add(new AssignBuddyTask(buddy, BuddyTask.SHOW_AROUND));
            if (i % 2 == 0) {
                buddySteps.add(new AssignBuddyTask(buddy, BuddyTask.CO_FACILITATE_ACTIVITY));
            }
            for (int month : new int[] {4, 6, 9}) {
                buddySteps.add(new RecordSupervision(
                        buddy, uuid("supervision:" + code + ":" + i + ":" + month), LocalDate.of(YEAR, month, 8 + i)));
            }
            for (int w = 0; w < 2 + i % 3; w++) {
                int index = ownActivities.get((i + 2 * w) % ownActivities.size());
                DemoYear.Row activity = activities.get(index);
                buddySteps.add(new WelcomeNewUser(
                        buddy,
                        new WelcomeId(uuid("welcome:" + code + ":" + i + ":" + w)),
                        activity.heldOn(),
                        w % 2 == 0 ? Set.of(HeardVia.SUPPORT_WORKER) : Set.of(HeardVia.FRIEND, HeardVia.CENTRE),
                        w % 2 == 0 ? DemoYear.activityOf(index) : null));
            }
            sent += steps.sendMissing(buddy.toString(), buddySteps);
        }
        return sent;
    }

    private int staffWelcomes(Steps steps, String code) {
        int sent = 0;
        for (int j = 0; j < 2; j++) {
            WelcomeId welcome = new WelcomeId(uuid("staff-welcome:" + code + ":" + j));
            sent += steps.sendMissing(
                    welcome.toString(),
                    List.of(new RecordStaffWelcome(
                            welcome,
                            DemoYear.centreOf(code),
                            LocalDate.of(YEAR, 3 + 4 * j, 12),
                            Set.of(j == 0 ? HeardVia.CENTRE : HeardVia.SOCIAL_MEDIA),
                            (ActivityId) null)));
        }
        return sent;
    }

    private int selfAssessments(Steps steps, String code) {
        AssessmentSubject subject = new AssessmentSubject(code, null);
        boolean test = DemoYear.ARMS.get(code) == Arm.TEST;
        List<Object> assessments = new ArrayList<>();
        if (test) {
            assessments.add(new RecordSelfAssessment(
                    subject,
                    uuid("self-assessment:" + code + ":1"),
                    LocalDate.of(YEAR, 2, 3),
                    practices(PracticeStatus.AIM_FOR_LATER, PracticeStatus.DO_MORE)));
        }
        assessments.add(new RecordSelfAssessment(
                subject,
                uuid("self-assessment:" + code + ":2"),
                LocalDate.of(YEAR, 11, 28),
                test
                        ? practices(PracticeStatus.ALREADY_DO, PracticeStatus.DO_MORE)
                        : practices(PracticeStatus.AIM_FOR_LATER, PracticeStatus.ALREADY_DO)));
        return steps.sendMissing(subject.toString(), assessments);
    }

    /** The strategic and welcoming practices at {@code early}, the activity practices at {@code activities}. */
    private static Map<BestPractice, PracticeAssessment> practices(PracticeStatus early, PracticeStatus activities) {
        Map<BestPractice, PracticeAssessment> practices = new EnumMap<>(BestPractice.class);
        for (BestPractice practice : BestPractice.values()) {
            boolean activity = practice.ordinal() >= BestPractice.SAFE_SETTINGS.ordinal();
            practices.put(practice, new PracticeAssessment(activity ? activities : early, null));
        }
        return practices;
    }
}
