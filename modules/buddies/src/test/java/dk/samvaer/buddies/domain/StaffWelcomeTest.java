package dk.samvaer.buddies.domain;

import dk.samvaer.activities.api.HeardVia;
import dk.samvaer.buddies.api.NewUserWelcomed;
import dk.samvaer.buddies.api.RecordStaffWelcome;
import dk.samvaer.buddies.api.WelcomeId;
import dk.samvaer.kernel.UnknownReference;
import dk.samvaer.programme.api.CentreId;
import java.time.LocalDate;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StaffWelcomeTest {

    private final WelcomeId welcome = WelcomeId.random();
    private final LocalDate may2 = LocalDate.of(2025, 5, 2);
    private AggregateTestFixture<StaffWelcome> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(StaffWelcome.class);
        fixture.registerInjectableResource(BuddyTest.CENTRES);
        fixture.registerInjectableResource(BuddyTest.ACTIVITIES);
        fixture.registerInjectableResource(dk.samvaer.kernel.BoundsTest.TODAY);
    }

    @Test
    void aStaffMemberWelcomesANewUserWithoutABuddy() {
        fixture.givenNoPriorActivity()
                .when(new RecordStaffWelcome(welcome, BuddyTest.CENTRE, may2, Set.of(HeardVia.SUPPORT_WORKER), null))
                .expectEvents(new NewUserWelcomed(
                        welcome, BuddyTest.CENTRE, "621", null, may2, Set.of(HeardVia.SUPPORT_WORKER), null));
    }

    @Test
    void refusesAWelcomeAtAnUnknownCentre() {
        fixture.givenNoPriorActivity()
                .when(new RecordStaffWelcome(welcome, CentreId.random(), may2, Set.of(), null))
                .expectException(UnknownReference.class);
    }

    @Test
    void refusesAWelcomeAtAnActivityOfAnotherCentre() {
        fixture.givenNoPriorActivity()
                .when(new RecordStaffWelcome(welcome, BuddyTest.CENTRE, may2, Set.of(), BuddyTest.ELSEWHERE))
                .expectException(UnknownReference.class);
    }
}
