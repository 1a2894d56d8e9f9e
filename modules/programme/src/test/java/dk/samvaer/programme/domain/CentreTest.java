package dk.samvaer.programme.domain;

import dk.samvaer.kernel.InvalidInput;
import dk.samvaer.kernel.UnknownReference;
import dk.samvaer.programme.api.CentreId;
import dk.samvaer.programme.api.CentreRegistered;
import dk.samvaer.programme.api.Municipalities;
import dk.samvaer.programme.api.RegisterCentre;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CentreTest {

    private final CentreId centre = CentreId.random();
    private AggregateTestFixture<Centre> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Centre.class);
        fixture.registerInjectableResource(Municipalities.danish());
    }

    @Test
    void registersACentreInAKnownMunicipality() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCentre(centre, "621", "  Værestedet Kolding "))
                .expectEvents(new CentreRegistered(centre, "621", "Værestedet Kolding"));
    }

    @Test
    void refusesAMunicipalityCodeThatIsNotDanish() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCentre(centre, "999", "Værestedet"))
                .expectException(UnknownReference.class)
                .expectNoEvents();
    }

    @Test
    void refusesACentreWithoutAName() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCentre(centre, "621", " "))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void refusesANameLongerThanTwoHundredCharacters() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCentre(centre, "621", "x".repeat(201)))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }
}
