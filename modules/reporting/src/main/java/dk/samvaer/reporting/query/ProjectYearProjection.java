package dk.samvaer.reporting.query;

import dk.samvaer.activities.api.ActivityCancelled;
import dk.samvaer.activities.api.ActivityHeld;
import dk.samvaer.activities.api.ActivityPlanned;
import dk.samvaer.activities.api.EvaluationSubmitted;
import dk.samvaer.activities.api.LogbookCorrected;
import dk.samvaer.activities.api.LogbookFigures;
import dk.samvaer.kernel.readmodel.ProjectionWrites;
import dk.samvaer.programme.api.MunicipalityEnrolled;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The project-year figures: enrolments with their arms, each activity with its current logbook, and evaluations. A
 * correction replaces the logbook values; the year follows the (corrected) held-on date. Every change is also kept as
 * a fact with the instant it was recorded ({@link RecordedFacts}), so the figures as of an instant are a query. Holds
 * no state of its own besides the tables, so the same class can rebuild the figures into another database.
 */
@Component
@ProcessingGroup(ProjectYearProjection.GROUP)
public class ProjectYearProjection {

    public static final String GROUP = "reporting";

    /** An evaluation, with a column for each heard-via answer ({@link HeardViaColumns}). */
    private static final String INSERT_EVALUATION =
            "INSERT INTO reporting_evaluation (evaluation_id, activity_id, municipality_code, " + HeardViaColumns.NAMES
                    + ", would_join_again, recorded_ns) VALUES (?, ?, ?, " + HeardViaColumns.PARAMETERS
                    + ", ?, ?) ON CONFLICT DO NOTHING";

    private final ProjectionWrites writes;
    private final JdbcClient jdbc;
    private final RecordedFacts facts;

    public ProjectYearProjection(ProjectionWrites writes) {
        this.writes = writes;
        this.jdbc = writes.jdbc();
        this.facts = new RecordedFacts(writes);
    }

    @EventHandler
    void on(MunicipalityEnrolled e, @Timestamp Instant recordedAt) {
        writes.update(
                "INSERT INTO reporting_enrolment (project_year, municipality_code, arm, recorded_ns) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT DO NOTHING",
                e.year(),
                e.municipalityCode(),
                e.arm().name(),
                Recorded.nanos(recordedAt));
    }

    @EventHandler
    void on(ActivityPlanned e, @Timestamp Instant recordedAt, TrackingToken token) {
        facts.activityPlanned(
                e.activityId().value(),
                Recorded.of(recordedAt, token),
                e.municipalityCode(),
                e.centreId().value(),
                e.title());
        writes.update(
                "INSERT INTO reporting_activity (activity_id, municipality_code, centre_id, title, status)"
                        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                e.activityId().value(),
                e.municipalityCode(),
                e.centreId().value(),
                e.title(),
                "PLANNED");
    }

    @EventHandler
    void on(ActivityHeld e, @Timestamp Instant recordedAt, TrackingToken token) {
        logbook(e, Recorded.of(recordedAt, token));
    }

    @EventHandler
    void on(LogbookCorrected e, @Timestamp Instant recordedAt, TrackingToken token) {
        logbook(e, Recorded.of(recordedAt, token));
    }

    @EventHandler
    void on(ActivityCancelled e, @Timestamp Instant recordedAt, TrackingToken token) {
        facts.activityCancelled(e.activityId().value(), Recorded.of(recordedAt, token));
        writes.update(
                "UPDATE reporting_activity SET status = 'CANCELLED' WHERE activity_id = ?",
                e.activityId().value());
    }

    @EventHandler
    void on(EvaluationSubmitted e, @Timestamp Instant recordedAt) {
        List<Object> values =
                new ArrayList<>(List.of(e.evaluationId(), e.activityId().value(), e.municipalityCode()));
        values.addAll(HeardViaColumns.values(e.heardVia()));
        values.add(e.wouldJoinAgain());
        values.add(Recorded.nanos(recordedAt));
        writes.update(INSERT_EVALUATION, values.toArray());
    }

    @ResetHandler
    public void reset() {
        jdbc.sql("DELETE FROM reporting_evaluation").update();
        jdbc.sql("DELETE FROM reporting_activity").update();
        jdbc.sql("DELETE FROM reporting_enrolment").update();
        facts.resetActivities();
    }

    /** The logbook's figures, first recorded or corrected: the latest are the activity's. */
    private void logbook(LogbookFigures logbook, Recorded at) {
        UUID activityId = logbook.activityId().value();
        facts.activityHeld(
                activityId,
                at,
                logbook.heldOn(),
                logbook.participants(),
                logbook.newParticipants(),
                logbook.formerlyHomeless());
        writes.update(
                "UPDATE reporting_activity SET status = 'HELD', held_on = ?, held_year = ?, participants = ?,"
                        + " new_participants = ?, formerly_homeless = ? WHERE activity_id = ?",
                logbook.heldOn(),
                logbook.heldOn().getYear(),
                logbook.participants(),
                logbook.newParticipants(),
                logbook.formerlyHomeless(),
                activityId);
    }
}
