package dk.samvaer.outreach.domain;

import dk.samvaer.activities.api.ActivityDirectory;
import dk.samvaer.activities.api.ActivityDirectory.ActivitySummary;
import dk.samvaer.activities.api.ActivityId;
import dk.samvaer.kernel.InvalidInput;
import dk.samvaer.kernel.UnknownReference;
import dk.samvaer.outreach.api.Channel;
import dk.samvaer.outreach.api.EscortId;
import dk.samvaer.outreach.api.EscortProvided;
import dk.samvaer.outreach.api.ProvideEscort;
import dk.samvaer.outreach.api.RecordVisibilityAction;
import dk.samvaer.outreach.api.Service;
import dk.samvaer.outreach.api.VisibilityActionId;
import dk.samvaer.outreach.api.VisibilityActionTaken;
import dk.samvaer.outreach.api.VisibilityKind;
import dk.samvaer.programme.api.CentreId;
import java.time.LocalDate;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class EscortAndVisibilityTest {

    static final CentreId KOLDING = ReferralTest.KOLDING;
    static final ActivityId BINGO = ActivityId.random();
    static final ActivityDirectory ACTIVITIES = id ->
            id.equals(BINGO) ? Optional.of(new ActivitySummary(BINGO, KOLDING, "621", "Banko")) : Optional.empty();
    static final LocalDate MAY_1 = LocalDate.of(2025, 5, 1);

    private final EscortId escort = EscortId.random();
    private final VisibilityActionId action = VisibilityActionId.random();

    private <T> AggregateTestFixture<T> fixture(Class<T> type) {
        AggregateTestFixture<T> fixture = new AggregateTestFixture<>(type);
        fixture.registerInjectableResource(ReferralTest.CENTRES);
        fixture.registerInjectableResource(ACTIVITIES);
        fixture.registerInjectableResource(dk.samvaer.kernel.BoundsTest.TODAY);
        return fixture;
    }

    @Test
    void recordsAnEscortToAnActivityOfTheCentre() {
        fixture(Escort.class)
                .givenNoPriorActivity()
                .when(new ProvideEscort(escort, "621", Service.SECTION_99, "p1_abc", KOLDING, BINGO, MAY_1))
                .expectEvents(new EscortProvided(escort, "621", Service.SECTION_99, "p1_abc", KOLDING, BINGO, MAY_1));
    }

    @Test
    void refusesAnEscortToAnActivityThatIsNotAtTheCentre() {
        fixture(Escort.class)
                .givenNoPriorActivity()
                .when(new ProvideEscort(
                        escort, "621", Service.SECTION_99, "p1_abc", KOLDING, ActivityId.random(), MAY_1))
                .expectException(UnknownReference.class);
    }

    @Test
    void refusesAnEscortWithoutAMunicipality() {
        fixture(Escort.class)
                .givenNoPriorActivity()
                .when(new ProvideEscort(escort, null, Service.SECTION_99, "p1_abc", KOLDING, null, MAY_1))
                .expectException(InvalidInput.class);
    }

    @Test
    void refusesAnEscortWithoutAService() {
        fixture(Escort.class)
                .givenNoPriorActivity()
                .when(new ProvideEscort(escort, "621", null, "p1_abc", KOLDING, null, MAY_1))
                .expectException(InvalidInput.class);
    }

    @Test
    void recordsAPosterForAnActivity() {
        fixture(VisibilityAction.class)
                .givenNoPriorActivity()
                .when(new RecordVisibilityAction(action, KOLDING, VisibilityKind.POSTER, null, BINGO, MAY_1, null))
                .expectEvents(new VisibilityActionTaken(
                        action, KOLDING, "621", VisibilityKind.POSTER, null, BINGO, MAY_1, null));
    }

    @Test
    void aPosterIsForAnActivity() {
        fixture(VisibilityAction.class)
                .givenNoPriorActivity()
                .when(new RecordVisibilityAction(action, KOLDING, VisibilityKind.POSTER, null, null, MAY_1, null))
                .expectException(InvalidInput.class);
    }

    @Test
    void aSocialMediaPostNamesItsChannel() {
        fixture(VisibilityAction.class)
                .givenNoPriorActivity()
                .when(new RecordVisibilityAction(
                        action, KOLDING, VisibilityKind.SOCIAL_MEDIA_POST, null, null, MAY_1, null))
                .expectException(InvalidInput.class);
    }

    @Test
    void recordsTheDropInCentresDay() {
        fixture(VisibilityAction.class)
                .givenNoPriorActivity()
                .when(new RecordVisibilityAction(
                        action, KOLDING, VisibilityKind.DROP_IN_CENTRES_DAY, null, null, MAY_1, "Åbent hus og kaffe"))
                .expectEvents(new VisibilityActionTaken(
                        action,
                        KOLDING,
                        "621",
                        VisibilityKind.DROP_IN_CENTRES_DAY,
                        null,
                        null,
                        MAY_1,
                        "Åbent hus og kaffe"));
    }

    @Test
    void onlyAPostHasAChannel() {
        fixture(VisibilityAction.class)
                .givenNoPriorActivity()
                .when(new RecordVisibilityAction(
                        action, KOLDING, VisibilityKind.OPEN_HOUSE, Channel.FACEBOOK, null, MAY_1, null))
                .expectException(InvalidInput.class);
    }
}
