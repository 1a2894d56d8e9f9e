package dk.samvaer.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CprNumbersTest {

    @Test
    void recognisesTenDigitsStartingWithAValidDate() {
        assertThat(CprNumbers.containsCprShape("0101701234")).isTrue();
        assertThat(CprNumbers.containsCprShape("010170-1234")).isTrue();
    }

    @Test
    void recognisesACprNumberInsideText() {
        assertThat(CprNumbers.containsCprShape("borger 290200-4321 kom")).isTrue();
    }

    @Test
    void ignoresTenDigitsThatDoNotStartWithADate() {
        assertThat(CprNumbers.containsCprShape("3213701234")).isFalse();
        assertThat(CprNumbers.containsCprShape("310470-1234")).isFalse();
    }

    @Test
    void acceptsTheTwentyNinthOfFebruaryOnlyInALeapYear() {
        assertThat(CprNumbers.containsCprShape("2902001234")).isTrue();
        assertThat(CprNumbers.containsCprShape("2902011234")).isFalse();
    }

    @Test
    void ignoresLongerDigitRuns() {
        assertThat(CprNumbers.containsCprShape("10101701234")).isFalse();
        assertThat(CprNumbers.containsCprShape("01017012345")).isFalse();
    }

    @Test
    void ignoresUuids() {
        assertThat(CprNumbers.containsCprShape("ab010170-1234-4abc-8def-0123456789ab"))
                .isFalse();
    }

    @Test
    void ignoresAUuidInsideLongerText() {
        assertThat(CprNumbers.containsCprShape("/api/v1/escorts/ccbcb441-c93c-4e5f-aa0d-4c2101019012"))
                .isFalse();
        assertThat(CprNumbers.containsCprShape("{\"id\":\"5c7d9e1f-2a3b-4c5d-8e9f-dd1801019012\"}"))
                .isFalse();
    }

    @Test
    void stillFindsACprNumberBesideAUuid() {
        assertThat(CprNumbers.containsCprShape("5c7d9e1f-2a3b-4c5d-8e9f-0a1b2c3d4e5f 010190-1234"))
                .isTrue();
    }

    @Test
    void ignoresOrdinaryReferences() {
        assertThat(CprNumbers.containsCprShape("E-1001")).isFalse();
        assertThat(CprNumbers.containsCprShape("nexus-kolding")).isFalse();
        assertThat(CprNumbers.containsCprShape(null)).isFalse();
    }
}
