package dk.samvaer.buddies.domain;

import dk.samvaer.activities.api.ActivityDirectory;
import dk.samvaer.activities.api.ActivityDirectory.ActivitySummary;
import dk.samvaer.activities.api.ActivityId;
import dk.samvaer.activities.api.HeardVia;
import dk.samvaer.buddies.api.AssignBuddyTask;
import dk.samvaer.buddies.api.BuddyCourseCompleted;
import dk.samvaer.buddies.api.BuddyEnrolled;
import dk.samvaer.buddies.api.BuddyId;
import dk.samvaer.buddies.api.BuddyPaused;
import dk.samvaer.buddies.api.BuddyResumed;
import dk.samvaer.buddies.api.BuddyRetired;
import dk.samvaer.buddies.api.BuddyTask;
import dk.samvaer.buddies.api.BuddyTaskAssigned;
import dk.samvaer.buddies.api.CompleteBuddyCourse;
import dk.samvaer.buddies.api.EnrolBuddy;
import dk.samvaer.buddies.api.NewUserWelcomed;
import dk.samvaer.buddies.api.PauseBuddy;
import dk.samvaer.buddies.api.RecordSupervision;
import dk.samvaer.buddies.api.ResumeBuddy;
import dk.samvaer.buddies.api.RetireBuddy;
import dk.samvaer.buddies.api.SupervisionHeld;
import dk.samvaer.buddies.api.WelcomeId;
import dk.samvaer.buddies.api.WelcomeNewUser;
import dk.samvaer.kernel.InvalidInput;
import dk.samvaer.kernel.RuleViolation;
import dk.samvaer.kernel.UnknownReference;
import dk.samvaer.programme.api.CentreDirectory;
import dk.samvaer.programme.api.CentreDirectory.CentreSummary;
import dk.samvaer.programme.api.CentreId;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BuddyTest {

    static final CentreId CENTRE = CentreId.random();
    static final CentreId OTHER_CENTRE = CentreId.random();
    static final ActivityId BINGO = ActivityId.random();
    static final ActivityId ELSEWHERE = ActivityId.random();
    static final LocalDate FEB_20 = LocalDate.of(2025, 2, 20);

    static final CentreDirectory CENTRES =
            id -> id.equals(CENTRE) ? Optional.of(new CentreSummary(CENTRE, "621", "Værestedet")) : Optional.empty();
    static final ActivityDirectory ACTIVITIES = id -> {
        if (id.equals(BINGO)) {
            return Optional.of(new ActivitySummary(BINGO, CENTRE, "621", "Banko"));
        }
        if (id.equals(ELSEWHERE)) {
            return Optional.of(new ActivitySummary(ELSEWHERE, OTHER_CENTRE, "621", "Bål"));
        }
        return Optional.empty();
    };

    private final BuddyId buddy = BuddyId.random();
    private final WelcomeId welcome = WelcomeId.random();
    private AggregateTestFixture<Buddy> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Buddy.class);
        fixture.registerInjectableResource(CENTRES);
        fixture.registerInjectableResource(ACTIVITIES);
        fixture.registerInjectableResource(dk.samvaer.kernel.BoundsTest.TODAY);
    }

    private BuddyEnrolled enrolled() {
        return new BuddyEnrolled(buddy, CENTRE, "621", "Ravnen");
    }

    private BuddyCourseCompleted trained() {
        return new BuddyCourseCompleted(buddy, CENTRE, "621", FEB_20, 3);
    }

    private WelcomeNewUser welcomeAt(ActivityId activity) {
        return new WelcomeNewUser(buddy, welcome, FEB_20.plusMonths(2), Set.of(HeardVia.FRIEND), activity);
    }

    @Test
    void enrolsACentreUserByAPseudonymousHandle() {
        fixture.givenNoPriorActivity()
                .when(new EnrolBuddy(buddy, CENTRE, " Ravnen "))
                .expectEvents(enrolled());
    }

    @Test
    void refusesAHandleThatLooksLikeAFullName() {
        fixture.givenNoPriorActivity()
                .when(new EnrolBuddy(buddy, CENTRE, "Jens Hansen"))
                .expectException(InvalidInput.class);
    }

    @Test
    void refusesAHandleThatIsANumberLikeACprNumber() {
        fixture.givenNoPriorActivity()
                .when(new EnrolBuddy(buddy, CENTRE, "0101701234"))
                .expectException(InvalidInput.class);
    }

    @Test
    void refusesABuddyAtAnUnknownCentre() {
        fixture.givenNoPriorActivity()
                .when(new EnrolBuddy(buddy, CentreId.random(), "Ravnen"))
                .expectException(UnknownReference.class);
    }

    @Test
    void recordsTheCompletedCourse() {
        fixture.given(enrolled())
                .when(new CompleteBuddyCourse(buddy, FEB_20, 3))
                .expectEvents(trained());
    }

    @Test
    void refusesACourseOfNoHours() {
        fixture.given(enrolled())
                .when(new CompleteBuddyCourse(buddy, FEB_20, 0))
                .expectException(InvalidInput.class);
    }

    @Test
    void refusesACourseCompletedInTheFuture() {
        fixture.given(enrolled())
                .when(new CompleteBuddyCourse(buddy, LocalDate.of(2026, 11, 27), 3))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void refusesTheCourseTwice() {
        fixture.given(enrolled(), trained())
                .when(new CompleteBuddyCourse(buddy, FEB_20, 3))
                .expectException(RuleViolation.class);
    }

    @Test
    void givesATrainedActiveBuddyATask() {
        fixture.given(enrolled(), trained())
                .when(new AssignBuddyTask(buddy, BuddyTask.WELCOME_NEW_USERS))
                .expectEvents(new BuddyTaskAssigned(buddy, "621", BuddyTask.WELCOME_NEW_USERS));
    }

    @Test
    void refusesATaskForABuddyWithoutTheCourse() {
        fixture.given(enrolled())
                .when(new AssignBuddyTask(buddy, BuddyTask.SHOW_AROUND))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("Only a buddy who completed the course can take on tasks.");
    }

    @Test
    void refusesATaskForAPausedBuddy() {
        fixture.given(enrolled(), trained(), new BuddyPaused(buddy, "621", "Summer"))
                .when(new AssignBuddyTask(buddy, BuddyTask.SHOW_AROUND))
                .expectException(RuleViolation.class);
    }

    @Test
    void refusesTheSameTaskTwice() {
        fixture.given(enrolled(), trained(), new BuddyTaskAssigned(buddy, "621", BuddyTask.SHOW_AROUND))
                .when(new AssignBuddyTask(buddy, BuddyTask.SHOW_AROUND))
                .expectException(RuleViolation.class);
    }

    @Test
    void aTrainedBuddyWelcomesANewUserAtAnActivityOfTheCentre() {
        fixture.given(enrolled(), trained())
                .when(welcomeAt(BINGO))
                .expectEvents(new NewUserWelcomed(
                        welcome, CENTRE, "621", buddy, FEB_20.plusMonths(2), Set.of(HeardVia.FRIEND), BINGO));
    }

    @Test
    void refusesAWelcomeByABuddyWithoutTheCourse() {
        fixture.given(enrolled()).when(welcomeAt(null)).expectException(RuleViolation.class);
    }

    @Test
    void refusesAWelcomeAtAnActivityOfAnotherCentre() {
        fixture.given(enrolled(), trained()).when(welcomeAt(ELSEWHERE)).expectException(UnknownReference.class);
    }

    @Test
    void recordsASupervisionSession() {
        UUID session = UUID.randomUUID();
        LocalDate april = LocalDate.of(2025, 4, 10);
        fixture.given(enrolled())
                .when(new RecordSupervision(buddy, session, april))
                .expectEvents(new SupervisionHeld(buddy, CENTRE, "621", session, april));
    }

    @Test
    void pausesAndResumesABuddy() {
        fixture.given(enrolled(), new BuddyPaused(buddy, "621", "Summer"))
                .when(new ResumeBuddy(buddy))
                .expectEvents(new BuddyResumed(buddy, "621"));
    }

    @Test
    void refusesToResumeABuddyWhoIsNotPaused() {
        fixture.given(enrolled()).when(new ResumeBuddy(buddy)).expectException(RuleViolation.class);
    }

    @Test
    void refusesToPauseABuddyTwice() {
        fixture.given(enrolled(), new BuddyPaused(buddy, "621", "Summer"))
                .when(new PauseBuddy(buddy, "Again"))
                .expectException(RuleViolation.class);
    }

    @Test
    void retiresABuddyWithAReason() {
        fixture.given(enrolled())
                .when(new RetireBuddy(buddy, "Moved away"))
                .expectEvents(new BuddyRetired(buddy, "621", "Moved away"));
    }

    @Test
    void aRetiredBuddyRecordsNothingMore() {
        fixture.given(enrolled(), trained(), new BuddyRetired(buddy, "621", "Moved away"))
                .when(new RecordSupervision(buddy, UUID.randomUUID(), FEB_20))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("The buddy is retired; nothing more is recorded for them.");
    }

    @Test
    void aRetiredBuddyWelcomesNoOne() {
        fixture.given(enrolled(), trained(), new BuddyRetired(buddy, "621", "Moved away"))
                .when(welcomeAt(null))
                .expectException(RuleViolation.class);
    }
}
