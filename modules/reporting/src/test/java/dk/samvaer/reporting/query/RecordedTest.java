package dk.samvaer.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.junit.jupiter.api.Test;

class RecordedTest {

    @Test
    void anInstantIsKeptToTheNanosecond() {
        assertThat(Recorded.nanos(Instant.parse("2025-03-01T10:00:00.123456789Z")))
                .isEqualTo(1_740_823_200_123_456_789L);
    }

    @Test
    void anInstantBeyondWhatALongHoldsOrdersAfterOrBeforeEveryRecordedEvent() {
        assertThat(Recorded.nanos(Instant.parse("2999-01-01T00:00:00Z"))).isEqualTo(Long.MAX_VALUE);
        assertThat(Recorded.nanos(Instant.parse("1500-01-01T00:00:00Z"))).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void aFactNeedsThePositionOfItsEvent() {
        Instant now = Instant.parse("2025-03-01T10:00:00Z");

        assertThat(Recorded.of(now, new GlobalSequenceTrackingToken(42)).position())
                .isEqualTo(42);
        assertThatThrownBy(() -> Recorded.of(now, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
