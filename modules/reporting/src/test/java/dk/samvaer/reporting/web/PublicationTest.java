package dk.samvaer.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.samvaer.kernel.security.Caller;
import dk.samvaer.kernel.security.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PublicationTest {

    private static final Caller KOLDING_LEADER =
            new Caller("leder", "kolding", Set.of(Role.MUNICIPAL_LEADER), false, Set.of("621"));
    private static final Caller PROGRAMME_ADMIN =
            new Caller("admin", "programme", Set.of(Role.PROGRAMME_ADMIN), true, Set.of());

    private final Publication configuredWithFive = new Publication(new ReportProperties(5));

    @Test
    void aCallerWhoSeesEveryMunicipalityGetsAtLeastTheConfiguredThreshold() {
        assertThat(configuredWithFive.threshold(null, PROGRAMME_ADMIN)).isEqualTo(5);
        assertThat(configuredWithFive.threshold(3, PROGRAMME_ADMIN)).isEqualTo(5);
    }

    @Test
    void aCallerInsideTheMunicipalityGetsWhatItAsksFor() {
        assertThat(configuredWithFive.threshold(null, KOLDING_LEADER)).isZero();
        assertThat(configuredWithFive.threshold(3, KOLDING_LEADER)).isEqualTo(3);
    }

    @Test
    void anyCallerMayAskForMoreThanTheConfiguredThreshold() {
        assertThat(configuredWithFive.threshold(10, PROGRAMME_ADMIN)).isEqualTo(10);
    }

    @Test
    void withoutAConfiguredThresholdNothingIsSuppressedUnlessAsked() {
        assertThat(new Publication(new ReportProperties(0)).threshold(null, PROGRAMME_ADMIN))
                .isZero();
    }

    @Test
    void aConfiguredThresholdOfOneIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new ReportProperties(1)).hasMessageContaining("samvaer.reports.suppress-below");
    }
}
