package dk.samvaer.programme.domain;

import dk.samvaer.kernel.InvalidInput;
import dk.samvaer.kernel.RuleViolation;
import dk.samvaer.kernel.UnknownReference;
import dk.samvaer.programme.api.Arm;
import dk.samvaer.programme.api.CreateProjectYear;
import dk.samvaer.programme.api.EnrolMunicipality;
import dk.samvaer.programme.api.Enrolment;
import dk.samvaer.programme.api.Municipalities;
import dk.samvaer.programme.api.MunicipalityEnrolled;
import dk.samvaer.programme.api.ProjectYearCreated;
import dk.samvaer.programme.api.ProjectYearId;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProjectYearTest {

    private static final ProjectYearId YEAR_2025 = new ProjectYearId(2025);
    private AggregateTestFixture<ProjectYear> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ProjectYear.class);
        fixture.registerInjectableResource(Municipalities.danish());
    }

    @Test
    void createsAYearWithItsMunicipalitiesInTheirArms() {
        fixture.givenNoPriorActivity()
                .when(new CreateProjectYear(
                        YEAR_2025, List.of(new Enrolment("621", Arm.TEST), new Enrolment("479", Arm.CONTROL))))
                .expectEvents(
                        new ProjectYearCreated(2025),
                        new MunicipalityEnrolled(2025, "621", Arm.TEST),
                        new MunicipalityEnrolled(2025, "479", Arm.CONTROL));
    }

    @Test
    void refusesAMunicipalityListedTwice() {
        fixture.givenNoPriorActivity()
                .when(new CreateProjectYear(
                        YEAR_2025, List.of(new Enrolment("621", Arm.TEST), new Enrolment("621", Arm.CONTROL))))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnUnknownMunicipality() {
        fixture.givenNoPriorActivity()
                .when(new CreateProjectYear(YEAR_2025, List.of(new Enrolment("000", Arm.TEST))))
                .expectException(UnknownReference.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnEnrolmentWithoutAnArm() {
        fixture.givenNoPriorActivity()
                .when(new CreateProjectYear(YEAR_2025, List.of(new Enrolment("621", null))))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void refusesAMissingEnrolment() {
        fixture.givenNoPriorActivity()
                .when(new CreateProjectYear(YEAR_2025, java.util.Arrays.asList(new Enrolment("621", Arm.TEST), null)))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnImplausibleYear() {
        fixture.givenNoPriorActivity()
                .when(new CreateProjectYear(new ProjectYearId(1899), List.of()))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void enrolsAnotherMunicipalityLater() {
        fixture.given(new ProjectYearCreated(2025), new MunicipalityEnrolled(2025, "621", Arm.TEST))
                .when(new EnrolMunicipality(YEAR_2025, new Enrolment("217", Arm.CONTROL)))
                .expectEvents(new MunicipalityEnrolled(2025, "217", Arm.CONTROL));
    }

    @Test
    void refusesToEnrolAMunicipalityTwice() {
        fixture.given(new ProjectYearCreated(2025), new MunicipalityEnrolled(2025, "621", Arm.TEST))
                .when(new EnrolMunicipality(YEAR_2025, new Enrolment("621", Arm.CONTROL)))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }
}
