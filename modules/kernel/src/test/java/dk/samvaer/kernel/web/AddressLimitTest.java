package dk.samvaer.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AddressLimitTest {

    private final AddressLimit limit = new AddressLimit(3, Duration.ofMinutes(1));

    @Test
    void anAddressMayMakeItsRequestsAndThenWaits() {
        for (int i = 0; i < 3; i++) {
            assertThat(limit.take("10.0.0.1")).isEmpty();
        }

        assertThat(limit.take("10.0.0.1"))
                .hasValueSatisfying(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(20)));
    }

    @Test
    void eachAddressHasItsOwnRequests() {
        for (int i = 0; i < 3; i++) {
            limit.take("10.0.0.1");
        }

        assertThat(limit.take("10.0.0.2")).isEmpty();
    }

    @Test
    void countingWithoutTakingStillUsesTheRequestsUp() {
        for (int i = 0; i < 3; i++) {
            limit.count("10.0.0.1");
        }

        assertThat(limit.retryAfter("10.0.0.1")).isPresent();
        assertThat(limit.retryAfter("10.0.0.9")).isEmpty();
    }
}
