package dk.samvaer.collaboration.domain;

import dk.samvaer.collaboration.api.CancelMeeting;
import dk.samvaer.collaboration.api.CollaborationGroupCreated;
import dk.samvaer.collaboration.api.CompleteFollowUp;
import dk.samvaer.collaboration.api.FollowUp;
import dk.samvaer.collaboration.api.FollowUpCompleted;
import dk.samvaer.collaboration.api.GroupDirectory;
import dk.samvaer.collaboration.api.GroupId;
import dk.samvaer.collaboration.api.HoldMeeting;
import dk.samvaer.collaboration.api.Level;
import dk.samvaer.collaboration.api.MeetingCancelled;
import dk.samvaer.collaboration.api.MeetingHeld;
import dk.samvaer.collaboration.api.MeetingId;
import dk.samvaer.collaboration.api.MeetingScheduled;
import dk.samvaer.collaboration.api.OrganisationType;
import dk.samvaer.collaboration.api.ScheduleMeeting;
import dk.samvaer.collaboration.api.Seat;
import dk.samvaer.kernel.InvalidInput;
import dk.samvaer.kernel.NotFound;
import dk.samvaer.kernel.RuleViolation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MeetingTest {

    private static final GroupId GROUP = GroupId.random();
    private static final Seat COORDINATOR = new Seat(OrganisationType.DROP_IN_CENTRE, "Medarbejder");
    private static final LocalDate MARCH_4 = LocalDate.of(2025, 3, 4);

    private final MeetingId meeting = MeetingId.random();
    private final UUID followUp = UUID.randomUUID();
    private final GroupDirectory groups = id ->
            id.equals(GROUP) ? Optional.of(new CollaborationGroupCreated(GROUP, "621", Level.STAFF)) : Optional.empty();
    private AggregateTestFixture<Meeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Meeting.class);
        fixture.registerInjectableResource(groups);
        fixture.registerInjectableResource(dk.samvaer.kernel.BoundsTest.TODAY);
    }

    private MeetingScheduled scheduled() {
        return new MeetingScheduled(meeting, GROUP, "621", MARCH_4, COORDINATOR, "Escort routines", List.of("Welcome"));
    }

    private FollowUp poster() {
        return new FollowUp(
                followUp, "Send the poster", new Seat(OrganisationType.SHELTER, null), MARCH_4.plusWeeks(4));
    }

    private MeetingHeld held() {
        return new MeetingHeld(
                meeting,
                GROUP,
                "621",
                MARCH_4,
                Set.of(OrganisationType.DROP_IN_CENTRE),
                List.of(),
                List.of(poster()),
                null);
    }

    private HoldMeeting hold() {
        return new HoldMeeting(
                meeting, MARCH_4, Set.of(OrganisationType.DROP_IN_CENTRE), List.of(), List.of(poster()), null);
    }

    @Test
    void schedulesAMeetingInTheGroupsMunicipality() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleMeeting(
                        meeting, GROUP, MARCH_4, COORDINATOR, " Escort routines ", List.of("Welcome")))
                .expectEvents(scheduled());
    }

    @Test
    void refusesAMeetingWithoutACoordinator() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleMeeting(meeting, GROUP, MARCH_4, null, "Escort routines", List.of()))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void refusesACoordinatorWithoutAnOrganisationType() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleMeeting(meeting, GROUP, MARCH_4, new Seat(null, "Tovholder"), "Purpose", List.of()))
                .expectException(InvalidInput.class);
    }

    @Test
    void refusesAMeetingOfAnUnknownGroup() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleMeeting(meeting, GroupId.random(), MARCH_4, COORDINATOR, "Purpose", List.of()))
                .expectException(NotFound.class);
    }

    @Test
    void holdsAScheduledMeetingWithItsFollowUps() {
        fixture.given(scheduled()).when(hold()).expectEvents(held());
    }

    @Test
    void holdsAMeetingOnlyOnce() {
        fixture.given(scheduled(), held()).when(hold()).expectException(RuleViolation.class);
    }

    @Test
    void refusesToHoldACancelledMeeting() {
        fixture.given(scheduled(), new MeetingCancelled(meeting, GROUP, "621", "Snow"))
                .when(hold())
                .expectException(RuleViolation.class)
                .expectExceptionMessage("Cannot hold a cancelled meeting.");
    }

    @Test
    void refusesAFollowUpWithoutAnOwnerSeat() {
        fixture.given(scheduled())
                .when(new HoldMeeting(
                        meeting,
                        MARCH_4,
                        Set.of(),
                        List.of(),
                        List.of(new FollowUp(followUp, "Poster", null, MARCH_4)),
                        null))
                .expectException(InvalidInput.class);
    }

    @Test
    void refusesAFollowUpWithoutADueDate() {
        fixture.given(scheduled())
                .when(new HoldMeeting(
                        meeting,
                        MARCH_4,
                        Set.of(),
                        List.of(),
                        List.of(new FollowUp(followUp, "Poster", COORDINATOR, null)),
                        null))
                .expectException(InvalidInput.class);
    }

    @Test
    void refusesToHoldAMeetingOnADayStillToCome() {
        fixture.given(scheduled())
                .when(new HoldMeeting(meeting, LocalDate.of(2026, 11, 27), Set.of(), List.of(), List.of(), null))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void cancelsAScheduledMeetingWithAReason() {
        fixture.given(scheduled())
                .when(new CancelMeeting(meeting, "Snow"))
                .expectEvents(new MeetingCancelled(meeting, GROUP, "621", "Snow"));
    }

    @Test
    void refusesToCancelAHeldMeeting() {
        fixture.given(scheduled(), held())
                .when(new CancelMeeting(meeting, "Late"))
                .expectException(RuleViolation.class);
    }

    @Test
    void completesAFollowUpOfAHeldMeeting() {
        LocalDate done = MARCH_4.plusDays(10);
        fixture.given(scheduled(), held())
                .when(new CompleteFollowUp(meeting, followUp, done))
                .expectEvents(new FollowUpCompleted(meeting, "621", followUp, done));
    }

    @Test
    void followUpsBelongToAHeldMeeting() {
        fixture.given(scheduled())
                .when(new CompleteFollowUp(meeting, followUp, MARCH_4))
                .expectException(RuleViolation.class);
    }

    @Test
    void refusesToCompleteAFollowUpTwice() {
        fixture.given(scheduled(), held(), new FollowUpCompleted(meeting, "621", followUp, MARCH_4))
                .when(new CompleteFollowUp(meeting, followUp, MARCH_4))
                .expectException(RuleViolation.class);
    }

    @Test
    void refusesToCompleteAnUnknownFollowUp() {
        fixture.given(scheduled(), held())
                .when(new CompleteFollowUp(meeting, UUID.randomUUID(), MARCH_4))
                .expectException(NotFound.class);
    }
}
