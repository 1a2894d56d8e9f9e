package dk.samvaer.programme.query;

import dk.samvaer.kernel.readmodel.ProjectionWrites;
import dk.samvaer.programme.api.CentreRegistered;
import dk.samvaer.programme.api.MunicipalityEnrolled;
import dk.samvaer.programme.api.ProjectYearCreated;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps the centre list and the project years with their enrolled municipalities. */
@Component
@ProcessingGroup(ProgrammeProjection.GROUP)
class ProgrammeProjection {

    static final String GROUP = "programme";

    private final ProjectionWrites writes;
    private final JdbcClient jdbc;

    ProgrammeProjection(ProjectionWrites writes) {
        this.writes = writes;
        this.jdbc = writes.jdbc();
    }

    @EventHandler
    void on(CentreRegistered event, @Timestamp Instant recordedAt) {
        writes.update(
                "INSERT INTO programme_centre (centre_id, municipality_code, name, registered_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                event.centreId().value(),
                event.municipalityCode(),
                event.name(),
                utc(recordedAt));
    }

    @EventHandler
    void on(ProjectYearCreated event, @Timestamp Instant recordedAt) {
        writes.update(
                "INSERT INTO programme_project_year (project_year, created_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
                event.year(),
                utc(recordedAt));
    }

    @EventHandler
    void on(MunicipalityEnrolled event) {
        writes.update(
                "INSERT INTO programme_enrolment (project_year, municipality_code, arm) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                event.year(),
                event.municipalityCode(),
                event.arm().name());
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM programme_enrolment").update();
        jdbc.sql("DELETE FROM programme_project_year").update();
        jdbc.sql("DELETE FROM programme_centre").update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
