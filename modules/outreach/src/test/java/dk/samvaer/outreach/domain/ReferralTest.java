package dk.samvaer.outreach.domain;

import dk.samvaer.kernel.InvalidInput;
import dk.samvaer.kernel.RuleViolation;
import dk.samvaer.kernel.UnknownReference;
import dk.samvaer.outreach.api.AcceptReferral;
import dk.samvaer.outreach.api.CitizenArrived;
import dk.samvaer.outreach.api.DeclineReferral;
import dk.samvaer.outreach.api.ExpireReferral;
import dk.samvaer.outreach.api.MakeReferral;
import dk.samvaer.outreach.api.RecordArrival;
import dk.samvaer.outreach.api.ReferralAccepted;
import dk.samvaer.outreach.api.ReferralDeclined;
import dk.samvaer.outreach.api.ReferralExpired;
import dk.samvaer.outreach.api.ReferralId;
import dk.samvaer.outreach.api.ReferralMade;
import dk.samvaer.outreach.api.Service;
import dk.samvaer.programme.api.CentreDirectory;
import dk.samvaer.programme.api.CentreDirectory.CentreSummary;
import dk.samvaer.programme.api.CentreId;
import java.time.LocalDate;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReferralTest {

    static final CentreId KOLDING = CentreId.random();
    static final CentreDirectory CENTRES =
            id -> id.equals(KOLDING) ? Optional.of(new CentreSummary(KOLDING, "621", "Værestedet")) : Optional.empty();
    static final LocalDate APRIL_20 = LocalDate.of(2025, 4, 20);

    private final ReferralId referral = ReferralId.random();
    private AggregateTestFixture<Referral> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Referral.class);
        fixture.registerInjectableResource(CENTRES);
        fixture.registerInjectableResource(dk.samvaer.kernel.BoundsTest.TODAY);
    }

    private ReferralMade made() {
        return new ReferralMade(referral, "621", Service.AUTHORITY, "p1_abc", KOLDING, APRIL_20);
    }

    @Test
    void aServiceRefersACitizenToACentreOfTheMunicipality() {
        fixture.givenNoPriorActivity()
                .when(new MakeReferral(referral, "621", Service.AUTHORITY, "p1_abc", KOLDING, APRIL_20))
                .expectEvents(made());
    }

    @Test
    void refusesAReferralWithoutAMunicipality() {
        fixture.givenNoPriorActivity()
                .when(new MakeReferral(referral, null, Service.AUTHORITY, "p1_abc", KOLDING, APRIL_20))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void refusesAReferralToACentreOfAnotherMunicipality() {
        fixture.givenNoPriorActivity()
                .when(new MakeReferral(referral, "479", Service.AUTHORITY, "p1_abc", KOLDING, APRIL_20))
                .expectException(UnknownReference.class);
    }

    @Test
    void refusesAReferralDatedInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(new MakeReferral(
                        referral, "621", Service.AUTHORITY, "p1_abc", KOLDING, java.time.LocalDate.of(2026, 11, 27)))
                .expectException(dk.samvaer.kernel.InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnArrivalDatedInTheFuture() {
        fixture.given(made())
                .when(new RecordArrival(referral, java.time.LocalDate.of(9999, 12, 31)))
                .expectException(dk.samvaer.kernel.InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void acceptsAReferral() {
        fixture.given(made())
                .when(new AcceptReferral(referral, APRIL_20.plusDays(2)))
                .expectEvents(new ReferralAccepted(referral, "621", APRIL_20.plusDays(2)));
    }

    @Test
    void refusesAnAcceptanceDatedBeforeTheReferral() {
        fixture.given(made())
                .when(new AcceptReferral(referral, APRIL_20.minusDays(1)))
                .expectException(InvalidInput.class);
    }

    @Test
    void recordsTheArrivalWithTheDaysSinceTheReferral() {
        fixture.given(made(), new ReferralAccepted(referral, "621", APRIL_20.plusDays(2)))
                .when(new RecordArrival(referral, APRIL_20.plusDays(9)))
                .expectEvents(new CitizenArrived(referral, "621", KOLDING, APRIL_20.plusDays(9), 9));
    }

    @Test
    void refusesASecondArrival() {
        fixture.given(made(), new CitizenArrived(referral, "621", KOLDING, APRIL_20.plusDays(9), 9))
                .when(new RecordArrival(referral, APRIL_20.plusDays(10)))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("The citizen's arrival is already recorded.");
    }

    @Test
    void declinesAnOpenReferralWithAReason() {
        fixture.given(made())
                .when(new DeclineReferral(referral, APRIL_20.plusDays(1), "No capacity"))
                .expectEvents(new ReferralDeclined(referral, "621", APRIL_20.plusDays(1), "No capacity"));
    }

    @Test
    void refusesToDeclineAClosedReferral() {
        fixture.given(made(), new CitizenArrived(referral, "621", KOLDING, APRIL_20.plusDays(9), 9))
                .when(new DeclineReferral(referral, APRIL_20.plusDays(10), "Late"))
                .expectException(RuleViolation.class);
    }

    @Test
    void refusesAnArrivalOnADeclinedReferral() {
        fixture.given(made(), new ReferralDeclined(referral, "621", APRIL_20.plusDays(1), "No"))
                .when(new RecordArrival(referral, APRIL_20.plusDays(3)))
                .expectException(RuleViolation.class);
    }

    @Test
    void expiresAnOpenReferralWithAReason() {
        fixture.given(made(), new ReferralAccepted(referral, "621", APRIL_20))
                .when(new ExpireReferral(referral, APRIL_20.plusDays(60), "Never came"))
                .expectEvents(new ReferralExpired(referral, "621", APRIL_20.plusDays(60), "Never came"));
    }

    @Test
    void refusesADeclineWithoutAReason() {
        fixture.given(made()).when(new DeclineReferral(referral, APRIL_20, " ")).expectException(InvalidInput.class);
    }

    @Test
    void refusesToAcceptTwice() {
        fixture.given(made(), new ReferralAccepted(referral, "621", APRIL_20))
                .when(new AcceptReferral(referral, APRIL_20))
                .expectException(RuleViolation.class);
    }
}
