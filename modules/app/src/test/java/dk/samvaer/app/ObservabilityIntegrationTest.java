package dk.samvaer.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvaer.app.support.ApiIntegrationTest;
import org.junit.jupiter.api.Test;

class ObservabilityIntegrationTest extends ApiIntegrationTest {

    @Test
    void livenessAndReadinessProbesAreUp() {
        assertThat(api.get("/actuator/health/liveness").body()).contains("\"status\":\"UP\"");
        assertThat(api.get("/actuator/health/readiness").body()).contains("\"status\":\"UP\"");
    }

    @Test
    void prometheusCountsActivitiesHeldAndParticipantsLogged() {
        double heldBefore = counter("samvaer_activities_held_total");
        double participantsBefore = counter("samvaer_participants_logged_total");

        logbook(activityAt(centreIn("621"), "2018-05-01T10:00:00+02:00"), "2018-05-01", 11, 2, 3);

        assertThat(counter("samvaer_activities_held_total")).isEqualTo(heldBefore + 1);
        assertThat(counter("samvaer_participants_logged_total")).isEqualTo(participantsBefore + 11);
    }

    @Test
    void prometheusShowsAxonProcessorMetrics() {
        String metrics = api.get("/actuator/prometheus").body();

        assertThat(metrics).contains("eventProcessor_latency{").contains("processorName=\"projections\"");
    }

    private double counter(String name) {
        return api.get("/actuator/prometheus")
                .body()
                .lines()
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
