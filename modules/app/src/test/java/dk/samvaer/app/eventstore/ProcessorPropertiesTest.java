package dk.samvaer.app.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class ProcessorPropertiesTest {

    private static ProcessorProperties bound(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("samvaer.processors", ProcessorProperties.class);
    }

    @Test
    void withoutSettingsTheProjectionsRunPooledInFourSegments() {
        ProcessorProperties defaults = bound(Map.of());

        assertThat(defaults.mode()).isEqualTo(ProcessorProperties.Mode.POOLED);
        assertThat(defaults.initialSegments()).isEqualTo(4);
        assertThat(defaults.claimTimeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void theBenchmarksBaselineIsSpelledAsInTheReadme() {
        assertThat(bound(Map.of("samvaer.processors.mode", "axon-defaults")).mode())
                .isEqualTo(ProcessorProperties.Mode.AXON_DEFAULTS);
    }

    @Test
    void anUnknownModeStopsTheStart() {
        assertThatThrownBy(() -> bound(Map.of("samvaer.processors.mode", "turbo")))
                .isInstanceOf(BindException.class)
                .hasMessageContaining("samvaer.processors.mode");
    }

    @Test
    void aNegativeIntervalStopsTheStartWithASentenceNamingTheSetting() {
        assertThatThrownBy(() -> bound(Map.of("samvaer.processors.claim-interval", "-PT1S")))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessageContaining("samvaer.processors.claim-interval must be a positive duration");
    }
}
