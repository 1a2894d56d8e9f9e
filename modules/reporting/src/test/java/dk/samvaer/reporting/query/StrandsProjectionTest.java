package dk.samvaer.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvaer.activities.api.ActivityHeld;
import dk.samvaer.activities.api.ActivityId;
import dk.samvaer.activities.api.ActivityPlanned;
import dk.samvaer.activities.api.Category;
import dk.samvaer.activities.api.Setting;
import dk.samvaer.buddies.api.BuddyCourseCompleted;
import dk.samvaer.buddies.api.BuddyEnrolled;
import dk.samvaer.buddies.api.BuddyId;
import dk.samvaer.buddies.api.BuddyRetired;
import dk.samvaer.buddies.api.NewUserWelcomed;
import dk.samvaer.buddies.api.SupervisionHeld;
import dk.samvaer.buddies.api.WelcomeId;
import dk.samvaer.collaboration.api.BestPractice;
import dk.samvaer.collaboration.api.FollowUp;
import dk.samvaer.collaboration.api.FollowUpCompleted;
import dk.samvaer.collaboration.api.GroupId;
import dk.samvaer.collaboration.api.MeetingCancelled;
import dk.samvaer.collaboration.api.MeetingHeld;
import dk.samvaer.collaboration.api.MeetingId;
import dk.samvaer.collaboration.api.MeetingScheduled;
import dk.samvaer.collaboration.api.NetworkMeetingHeld;
import dk.samvaer.collaboration.api.NetworkMeetingId;
import dk.samvaer.collaboration.api.OrganisationType;
import dk.samvaer.collaboration.api.PracticeAssessment;
import dk.samvaer.collaboration.api.PracticeStatus;
import dk.samvaer.collaboration.api.Seat;
import dk.samvaer.collaboration.api.SelfAssessmentRecorded;
import dk.samvaer.kernel.readmodel.ProjectionWrites;
import dk.samvaer.kernel.testing.InMemoryDatabase;
import dk.samvaer.programme.api.Arm;
import dk.samvaer.programme.api.CentreId;
import dk.samvaer.programme.api.CentreRegistered;
import dk.samvaer.programme.api.Municipalities;
import dk.samvaer.programme.api.MunicipalityEnrolled;
import dk.samvaer.reporting.api.BuddyReport;
import dk.samvaer.reporting.api.CollaborationReport;
import dk.samvaer.reporting.api.SelfAssessmentReport;
import dk.samvaer.reporting.api.StrandsReport;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class StrandsProjectionTest {

    static final CentreId KOLDING = CentreId.random();
    static final Seat CENTRE_SEAT = new Seat(OrganisationType.DROP_IN_CENTRE, "Tovholder");

    private ProjectionFeed figures;
    private ProjectionFeed strands;
    private StrandQueries reports;

    @BeforeEach
    void setUp() {
        ProjectionWrites writes = InMemoryDatabase.projectionWrites("classpath:db/migration/reporting");
        JdbcClient jdbc = writes.jdbc();
        figures = new ProjectionFeed(new ProjectYearProjection(writes));
        strands = new ProjectionFeed(new StrandsProjection(writes));
        reports = new StrandQueries(jdbc, Municipalities.danish());
        figures.on(new MunicipalityEnrolled(2025, "621", Arm.TEST));
        figures.on(new MunicipalityEnrolled(2025, "479", Arm.CONTROL));
        strands.on(new CentreRegistered(KOLDING, "621", "Værestedet i Kolding"));
    }

    private MeetingId meetingHeld(LocalDate on, FollowUp... followUps) {
        MeetingId meeting = MeetingId.random();
        GroupId group = GroupId.random();
        strands.on(new MeetingScheduled(meeting, group, "621", on, CENTRE_SEAT, "Purpose", List.of()));
        strands.on(new MeetingHeld(meeting, group, "621", on, Set.of(), List.of(), List.of(followUps), null));
        return meeting;
    }

    private BuddyId trainedBuddy(LocalDate on) {
        BuddyId buddy = BuddyId.random();
        strands.on(new BuddyEnrolled(buddy, KOLDING, "621", "Ravnen"));
        strands.on(new BuddyCourseCompleted(buddy, KOLDING, "621", on, 3));
        return buddy;
    }

    @Test
    void tableOneCountsMeetingsHeldNetworkMeetingsAndBuddiesTrainedInTheYear() {
        meetingHeld(LocalDate.of(2025, 3, 4));
        meetingHeld(LocalDate.of(2025, 5, 6));
        meetingHeld(LocalDate.of(2024, 11, 5));
        strands.on(new NetworkMeetingHeld(
                NetworkMeetingId.random(), LocalDate.of(2025, 6, 10), "All", List.of("621", "479")));
        trainedBuddy(LocalDate.of(2025, 2, 20));
        ActivityId activity = ActivityId.random();
        figures.on(new ActivityPlanned(
                activity,
                KOLDING,
                "621",
                "Fisketur",
                Category.OUTDOOR,
                Setting.OFF_SITE,
                OffsetDateTime.parse("2025-05-01T10:00:00+02:00"),
                null,
                null,
                null,
                null));
        figures.on(new ActivityHeld(activity, KOLDING, "621", LocalDate.of(2025, 5, 1), 10, 2, 5));

        StrandsReport report = reports.strands(2025, null);

        assertThat(report.municipalities())
                .extracting(StrandsReport.MunicipalityStrands::municipalityCode)
                .containsExactly("621", "479");
        StrandsReport.MunicipalityStrands kolding = report.municipalities().get(0);
        assertThat(kolding.collaborationMeetingsHeld()).isEqualTo(2);
        assertThat(kolding.networkMeetingsAttended()).isEqualTo(1);
        assertThat(kolding.buddyCourseHeld()).isTrue();
        assertThat(kolding.buddiesTrained()).isEqualTo(1);
        assertThat(kolding.activityTitles()).containsExactly("Fisketur");
        assertThat(report.municipalities().get(1).buddyCourseHeld()).isFalse();
    }

    @Test
    void followUpsAreOpenUntilCompletedAndOverduePastTheirDueDate() {
        UUID done = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        UUID notYetDue = UUID.randomUUID();
        MeetingId meeting = meetingHeld(
                LocalDate.of(2025, 3, 4),
                new FollowUp(done, "Poster", CENTRE_SEAT, LocalDate.of(2025, 4, 1)),
                new FollowUp(late, "Escort plan", CENTRE_SEAT, LocalDate.of(2025, 4, 1)),
                new FollowUp(notYetDue, "Newsletter", CENTRE_SEAT, LocalDate.of(2025, 12, 1)));
        strands.on(new FollowUpCompleted(meeting, "621", done, LocalDate.of(2025, 3, 20)));
        MeetingId cancelled = MeetingId.random();
        strands.on(new MeetingScheduled(
                cancelled, GroupId.random(), "621", LocalDate.of(2025, 9, 1), CENTRE_SEAT, "P", List.of()));
        strands.on(new MeetingCancelled(cancelled, GroupId.random(), "621", "Snow"));

        CollaborationReport.MunicipalityCollaboration kolding = reports.collaboration(
                        2025, Set.of("621"), LocalDate.of(2025, 6, 1))
                .municipalities()
                .get(0);

        assertThat(kolding.meetingsPlanned()).isEqualTo(2);
        assertThat(kolding.meetingsHeld()).isEqualTo(1);
        assertThat(kolding.meetingsCancelled()).isEqualTo(1);
        assertThat(kolding.followUpsCompleted()).isEqualTo(1);
        assertThat(kolding.followUpsOpen()).isEqualTo(2);
        assertThat(kolding.followUpsOverdue()).isEqualTo(1);
    }

    @Test
    void buddyFiguresCountActiveTrainedBuddiesSupervisionAndWelcomesPerMonth() {
        BuddyId active = trainedBuddy(LocalDate.of(2025, 2, 20));
        BuddyId retired = trainedBuddy(LocalDate.of(2025, 2, 20));
        strands.on(new BuddyRetired(retired, "621", "Moved"));
        strands.on(new SupervisionHeld(active, KOLDING, "621", UUID.randomUUID(), LocalDate.of(2025, 4, 8)));
        strands.on(new NewUserWelcomed(
                WelcomeId.random(), KOLDING, "621", active, LocalDate.of(2025, 5, 2), Set.of(), null));
        strands.on(new NewUserWelcomed(
                WelcomeId.random(), KOLDING, "621", null, LocalDate.of(2025, 5, 9), Set.of(), null));

        BuddyReport.CentreBuddies centre = reports.buddies(2025, null).centres().get(0);

        assertThat(centre.centreName()).isEqualTo("Værestedet i Kolding");
        assertThat(centre.activeBuddies()).isEqualTo(1);
        assertThat(centre.buddiesTrained()).isEqualTo(2);
        assertThat(centre.supervisionSessions()).isEqualTo(1);
        assertThat(centre.welcomesByBuddies()).isEqualTo(1);
        assertThat(centre.welcomesByStaff()).isEqualTo(1);
        assertThat(centre.welcomesPerMonth()).containsExactly(0L, 0L, 0L, 0L, 2L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
    }

    @Test
    void theLatestSelfAssessmentShowsWhatChangedSinceThePrevious() {
        strands.on(assessment(LocalDate.of(2025, 2, 1), PracticeStatus.AIM_FOR_LATER));
        SelfAssessmentRecorded later = assessment(LocalDate.of(2025, 11, 1), PracticeStatus.AIM_FOR_LATER);
        later.practices().put(BestPractice.GOOD_WELCOME, new PracticeAssessment(PracticeStatus.ALREADY_DO, null));
        strands.on(later);

        SelfAssessmentReport.Subject kolding =
                reports.selfAssessments(null).subjects().get(0);

        assertThat(kolding.assessedOn()).isEqualTo(LocalDate.of(2025, 11, 1));
        assertThat(kolding.previousAssessedOn()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(kolding.changes())
                .containsExactly(new SelfAssessmentReport.Change(
                        BestPractice.GOOD_WELCOME, PracticeStatus.AIM_FOR_LATER, PracticeStatus.ALREADY_DO));
    }

    private static SelfAssessmentRecorded assessment(LocalDate on, PracticeStatus status) {
        Map<BestPractice, PracticeAssessment> practices = new EnumMap<>(BestPractice.class);
        for (BestPractice practice : BestPractice.values()) {
            practices.put(practice, new PracticeAssessment(status, null));
        }
        return new SelfAssessmentRecorded(UUID.randomUUID(), "621", null, on, practices);
    }
}
