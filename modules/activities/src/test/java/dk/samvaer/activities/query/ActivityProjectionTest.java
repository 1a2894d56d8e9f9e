package dk.samvaer.activities.query;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvaer.activities.api.ActivityCancelled;
import dk.samvaer.activities.api.ActivityHeld;
import dk.samvaer.activities.api.ActivityId;
import dk.samvaer.activities.api.ActivityPlanned;
import dk.samvaer.activities.api.ActivityReadModel;
import dk.samvaer.activities.api.ActivityReadModel.Filter;
import dk.samvaer.activities.api.ActivityStatus;
import dk.samvaer.activities.api.ActivityView;
import dk.samvaer.activities.api.Category;
import dk.samvaer.activities.api.EvaluationSubmitted;
import dk.samvaer.activities.api.HeardVia;
import dk.samvaer.activities.api.LogbookCorrected;
import dk.samvaer.activities.api.Setting;
import dk.samvaer.kernel.Paging;
import dk.samvaer.kernel.readmodel.ProjectionWrites;
import dk.samvaer.kernel.testing.InMemoryDatabase;
import dk.samvaer.programme.api.CentreId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class ActivityProjectionTest {

    private static final CentreId CENTRE = CentreId.random();
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    private ActivityProjection projection;
    private ActivityQueries queries;

    @BeforeEach
    void setUp() {
        ProjectionWrites writes = InMemoryDatabase.projectionWrites("classpath:db/migration/activities");
        JdbcClient jdbc = writes.jdbc();
        projection = new ActivityProjection(writes);
        queries = new ActivityQueries(jdbc);
    }

    private ActivityId planned(String municipality, String startsAt) {
        ActivityId id = ActivityId.random();
        projection.on(
                new ActivityPlanned(
                        id,
                        CENTRE,
                        municipality,
                        "Bål",
                        Category.OUTDOOR,
                        Setting.ON_SITE,
                        OffsetDateTime.parse(startsAt),
                        "Campfire in the yard",
                        null,
                        null,
                        null),
                0);
        return id;
    }

    @Test
    void listsAPlannedActivityWithItsDetails() {
        ActivityId id = planned("621", "2025-05-01T18:00:00+02:00");

        ActivityView view = queries.find(id.value()).orElseThrow();

        assertThat(view.title()).isEqualTo("Bål");
        assertThat(view.status()).isEqualTo(ActivityStatus.PLANNED);
        assertThat(view.startsAt()).isEqualTo("2025-05-01T18:00+02:00");
        assertThat(view.logbook()).isNull();
        assertThat(view.version()).isZero();
    }

    @Test
    void showsTheCurrentLogbookAndKeepsEveryVersionInTheHistory() {
        ActivityId id = planned("621", "2025-05-01T18:00:00+02:00");
        LocalDate heldOn = LocalDate.parse("2025-05-01");
        projection.on(new ActivityHeld(id, CENTRE, "621", heldOn, 18, 5, 9), 1, NOW);
        projection.on(new LogbookCorrected(id, CENTRE, "621", heldOn, 19, 5, 9, "Late arrival"), 2, NOW);

        ActivityView view = queries.find(id.value()).orElseThrow();

        assertThat(view.status()).isEqualTo(ActivityStatus.HELD);
        assertThat(view.logbook()).isEqualTo(new ActivityView.Logbook(heldOn, 19, 5, 9));
        assertThat(view.corrections()).isEqualTo(1);
        assertThat(view.version()).isEqualTo(2);
        assertThat(queries.logbookHistory(id.value()))
                .extracting(ActivityReadModel.LogbookVersion::kind, ActivityReadModel.LogbookVersion::participants)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ORIGINAL", 18),
                        org.assertj.core.groups.Tuple.tuple("CORRECTION", 19));
    }

    @Test
    void filtersByMunicipalityDateRangeAndStatus() {
        planned("621", "2025-05-01T18:00:00+02:00");
        ActivityId cancelled = planned("621", "2025-07-01T18:00:00+02:00");
        projection.on(new ActivityCancelled(cancelled, "621", "Rain"), 1);
        planned("479", "2025-05-01T18:00:00+02:00");

        assertThat(queries.list(new Filter(Set.of("621"), null, null, null), new Paging(0, 10))
                        .totalItems())
                .isEqualTo(2);
        assertThat(queries.list(
                                new Filter(null, LocalDate.parse("2025-06-01"), LocalDate.parse("2025-12-31"), null),
                                new Paging(0, 10))
                        .items())
                .extracting(ActivityView::id)
                .containsExactly(cancelled.value());
        assertThat(queries.list(new Filter(null, null, null, ActivityStatus.CANCELLED), new Paging(0, 10))
                        .items())
                .singleElement()
                .satisfies(view -> assertThat(view.cancellationReason()).isEqualTo("Rain"));
    }

    @Test
    void anEmptyMunicipalityScopeListsNothing() {
        planned("621", "2025-05-01T18:00:00+02:00");

        assertThat(queries.list(new Filter(Set.of(), null, null, null), new Paging(0, 10))
                        .items())
                .isEmpty();
    }

    @Test
    void pagesThroughTheList() {
        for (int day = 1; day <= 5; day++) {
            planned("621", "2025-05-0" + day + "T18:00:00+02:00");
        }

        var second = queries.list(new Filter(null, null, null, null), new Paging(1, 2));

        assertThat(second.totalItems()).isEqualTo(5);
        assertThat(second.items()).hasSize(2);
        assertThat(second.items().get(0).startsAt().toLocalDate()).hasToString("2025-05-03");
    }

    @Test
    void countsEvaluationsAndKeepsEachOne() {
        ActivityId id = planned("621", "2025-05-01T18:00:00+02:00");
        projection.on(new ActivityHeld(id, CENTRE, "621", LocalDate.parse("2025-05-01"), 18, 5, 9), 1, NOW);
        UUID evaluation = UUID.randomUUID();
        projection.on(
                new EvaluationSubmitted(id, evaluation, "621", Set.of(HeardVia.FRIEND, HeardVia.CENTRE), null), 2, NOW);

        assertThat(queries.find(id.value()).orElseThrow().evaluations()).isEqualTo(1);
        assertThat(queries.evaluation(id.value(), evaluation).orElseThrow().heardVia())
                .containsExactlyInAnyOrder(HeardVia.FRIEND, HeardVia.CENTRE);
    }
}
