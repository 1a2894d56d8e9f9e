package dk.samvaer.activities.domain;

import dk.samvaer.activities.api.ActivityCancelled;
import dk.samvaer.activities.api.ActivityHeld;
import dk.samvaer.activities.api.ActivityId;
import dk.samvaer.activities.api.ActivityPlanned;
import dk.samvaer.activities.api.CancelActivity;
import dk.samvaer.activities.api.Category;
import dk.samvaer.activities.api.CorrectLogbook;
import dk.samvaer.activities.api.EvaluationLinkIssued;
import dk.samvaer.activities.api.EvaluationSubmitted;
import dk.samvaer.activities.api.HeardVia;
import dk.samvaer.activities.api.IssueEvaluationLink;
import dk.samvaer.activities.api.LogbookCorrected;
import dk.samvaer.activities.api.PlanActivity;
import dk.samvaer.activities.api.RecordLogbook;
import dk.samvaer.activities.api.Setting;
import dk.samvaer.activities.api.SubmitEvaluation;
import dk.samvaer.activities.api.SubmitEvaluationByLink;
import dk.samvaer.kernel.InvalidInput;
import dk.samvaer.kernel.RuleViolation;
import dk.samvaer.kernel.UnknownReference;
import dk.samvaer.programme.api.CentreDirectory;
import dk.samvaer.programme.api.CentreDirectory.CentreSummary;
import dk.samvaer.programme.api.CentreId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ActivityTest {

    private static final CentreId KOLDING_CENTRE = CentreId.random();
    private static final OffsetDateTime STARTS_AT = OffsetDateTime.parse("2025-05-01T10:00:00+02:00");
    private static final LocalDate HELD_ON = LocalDate.of(2025, 5, 1);

    private final ActivityId activity = ActivityId.random();
    private final CentreDirectory centres = id ->
            Optional.ofNullable(Map.of(KOLDING_CENTRE, new CentreSummary(KOLDING_CENTRE, "621", "Værestedet Kolding"))
                    .get(id));
    /** Today, for every rule about the future: 26 November 2026 in Copenhagen. */
    private static final Clock TODAY =
            Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneId.of("Europe/Copenhagen"));

    private AggregateTestFixture<Activity> fixture;

    private int tokens;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Activity.class);
        fixture.registerInjectableResource(centres);
        fixture.registerInjectableResource(TODAY);
        fixture.registerInjectableResource((LinkTokens) () -> "link-" + (++tokens));
    }

    private PlanActivity plan(CentreId centre) {
        return new PlanActivity(
                activity,
                centre,
                "Fisketur",
                Category.OUTDOOR,
                Setting.OFF_SITE,
                STARTS_AT,
                null,
                new BigDecimal("25.00"),
                "Minibus",
                null);
    }

    private ActivityPlanned planned() {
        return new ActivityPlanned(
                activity,
                KOLDING_CENTRE,
                "621",
                "Fisketur",
                Category.OUTDOOR,
                Setting.OFF_SITE,
                STARTS_AT,
                null,
                new BigDecimal("25.00"),
                "Minibus",
                null);
    }

    private ActivityHeld held(int participants, int fresh, int formerlyHomeless) {
        return new ActivityHeld(activity, KOLDING_CENTRE, "621", HELD_ON, participants, fresh, formerlyHomeless);
    }

    /** Held a few days before today, while its evaluation link is open. */
    private ActivityHeld heldDaysAgo(int days) {
        return new ActivityHeld(
                activity, KOLDING_CENTRE, "621", LocalDate.now(TODAY).minusDays(days), 18, 5, 9);
    }

    private RecordLogbook logbook(Integer participants, Integer fresh, Integer formerlyHomeless) {
        return new RecordLogbook(activity, HELD_ON, participants, fresh, formerlyHomeless, null);
    }

    @Test
    void plansAnActivityAtARegisteredCentreInThatCentresMunicipality() {
        fixture.givenNoPriorActivity()
                .when(plan(KOLDING_CENTRE))
                .expectEvents(planned(), new EvaluationLinkIssued(activity, "621", "link-1"));
    }

    @Test
    void refusesToPlanAtAnUnknownCentre() {
        fixture.givenNoPriorActivity()
                .when(plan(CentreId.random()))
                .expectException(UnknownReference.class)
                .expectNoEvents();
    }

    @Test
    void refusesToPlanWithoutATitle() {
        fixture.givenNoPriorActivity()
                .when(new PlanActivity(
                        activity,
                        KOLDING_CENTRE,
                        " ",
                        Category.OUTDOOR,
                        Setting.OFF_SITE,
                        STARTS_AT,
                        null,
                        null,
                        null,
                        null))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void refusesANegativeCost() {
        fixture.givenNoPriorActivity()
                .when(new PlanActivity(
                        activity,
                        KOLDING_CENTRE,
                        "Fisketur",
                        Category.OUTDOOR,
                        Setting.OFF_SITE,
                        STARTS_AT,
                        null,
                        new BigDecimal("-1"),
                        null,
                        null))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    private PlanActivity planCosting(String cost) {
        return new PlanActivity(
                activity,
                KOLDING_CENTRE,
                "Fisketur",
                Category.OUTDOOR,
                Setting.OFF_SITE,
                STARTS_AT,
                null,
                new BigDecimal(cost),
                null,
                null);
    }

    @Test
    void acceptsTheHighestCost() {
        fixture.givenNoPriorActivity().when(planCosting("100000.00")).expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesACostAboveOneHundredThousand() {
        fixture.givenNoPriorActivity()
                .when(planCosting("100000.01"))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void refusesACostBeyondAnyColumn() {
        fixture.givenNoPriorActivity()
                .when(planCosting("1e309"))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void refusesACostInFractionsOfAnOere() {
        fixture.givenNoPriorActivity()
                .when(planCosting("12.345"))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void refusesAStartOutsideTheProgrammesYears() {
        fixture.givenNoPriorActivity()
                .when(new PlanActivity(
                        activity,
                        KOLDING_CENTRE,
                        "Fisketur",
                        Category.OUTDOOR,
                        Setting.OFF_SITE,
                        OffsetDateTime.parse("+57440-01-01T10:00:00+01:00"),
                        null,
                        null,
                        null,
                        null))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void acceptsALogbookHeldToday() {
        fixture.given(planned())
                .when(new RecordLogbook(activity, LocalDate.of(2026, 11, 26), 18, 5, 9, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesALogbookDatedInTheFuture() {
        fixture.given(planned())
                .when(new RecordLogbook(activity, LocalDate.of(2026, 11, 27), 18, 5, 9, null))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void refusesACountAboveTenThousand() {
        fixture.given(planned())
                .when(logbook(10_001, 0, 0))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void refusesACorrectionDatedInTheFuture() {
        fixture.given(planned(), held(18, 5, 9))
                .when(new CorrectLogbook(activity, LocalDate.of(9999, 12, 31), 18, 5, 9, "Typo", null))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void recordsTheLogbookOfAPlannedActivity() {
        fixture.given(planned()).when(logbook(18, 5, 9)).expectEvents(held(18, 5, 9));
    }

    @Test
    void acceptsALogbookWithNobodyAtAll() {
        fixture.given(planned()).when(logbook(0, 0, 0)).expectEvents(held(0, 0, 0));
    }

    @Test
    void refusesANegativeCount() {
        fixture.given(planned())
                .when(logbook(-1, 0, 0))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void refusesAMissingCount() {
        fixture.given(planned())
                .when(logbook(18, null, 9))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void refusesMoreNewParticipantsThanParticipants() {
        fixture.given(planned())
                .when(logbook(18, 19, 9))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void refusesMoreFormerlyHomelessThanParticipants() {
        fixture.given(planned())
                .when(logbook(18, 5, 19))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void refusesALogbookWithoutTheDateHeld() {
        fixture.given(planned())
                .when(new RecordLogbook(activity, null, 18, 5, 9, null))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void refusesALogbookForACancelledActivity() {
        fixture.given(planned(), new ActivityCancelled(activity, "621", "Storm"))
                .when(logbook(18, 5, 9))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("Cannot record a logbook for a cancelled activity.")
                .expectNoEvents();
    }

    @Test
    void refusesASecondLogbook() {
        fixture.given(planned(), held(18, 5, 9))
                .when(logbook(19, 5, 9))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void correctsTheLogbookAsANewEventWithItsReason() {
        fixture.given(planned(), held(18, 5, 9))
                .when(new CorrectLogbook(activity, HELD_ON, 19, 5, 9, " Late arrival ", null))
                .expectEvents(new LogbookCorrected(activity, KOLDING_CENTRE, "621", HELD_ON, 19, 5, 9, "Late arrival"));
    }

    @Test
    void refusesACorrectionWithoutAReason() {
        fixture.given(planned(), held(18, 5, 9))
                .when(new CorrectLogbook(activity, HELD_ON, 19, 5, 9, "  ", null))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void refusesACorrectionThatBreaksTheCountRules() {
        fixture.given(planned(), held(18, 5, 9))
                .when(new CorrectLogbook(activity, HELD_ON, 4, 5, 3, "Recount", null))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void refusesToCorrectALogbookThatWasNeverRecorded() {
        fixture.given(planned())
                .when(new CorrectLogbook(activity, HELD_ON, 19, 5, 9, "Recount", null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void cancelsAPlannedActivityWithItsReason() {
        fixture.given(planned())
                .when(new CancelActivity(activity, "Storm warning", null))
                .expectEvents(new ActivityCancelled(activity, "621", "Storm warning"));
    }

    @Test
    void refusesACancellationWithoutAReason() {
        fixture.given(planned())
                .when(new CancelActivity(activity, null, null))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void refusesToCancelAnActivityThatWasHeld() {
        fixture.given(planned(), held(18, 5, 9))
                .when(new CancelActivity(activity, "Too late", null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void refusesToCancelTwice() {
        fixture.given(planned(), new ActivityCancelled(activity, "621", "Storm"))
                .when(new CancelActivity(activity, "Again", null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void acceptsAnEvaluationAfterTheActivityWasHeld() {
        UUID evaluation = UUID.randomUUID();
        fixture.given(planned(), held(18, 5, 9))
                .when(new SubmitEvaluation(activity, evaluation, Set.of(HeardVia.CENTRE, HeardVia.FRIEND), true))
                .expectEvents(new EvaluationSubmitted(
                        activity, evaluation, "621", Set.of(HeardVia.CENTRE, HeardVia.FRIEND), true));
    }

    @Test
    void acceptsAnEvaluationLeftUnanswered() {
        UUID evaluation = UUID.randomUUID();
        fixture.given(planned(), held(18, 5, 9))
                .when(new SubmitEvaluation(activity, evaluation, null, null))
                .expectEvents(new EvaluationSubmitted(activity, evaluation, "621", Set.of(), null));
    }

    @Test
    void refusesAnEvaluationBeforeTheActivityWasHeld() {
        fixture.given(planned())
                .when(new SubmitEvaluation(activity, UUID.randomUUID(), Set.of(HeardVia.CENTRE), true))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnEvaluationOfACancelledActivity() {
        fixture.given(planned(), new ActivityCancelled(activity, "621", "Storm"))
                .when(new SubmitEvaluation(activity, UUID.randomUUID(), Set.of(HeardVia.CENTRE), true))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aNewEvaluationLinkReplacesTheOneBefore() {
        fixture.given(planned(), new EvaluationLinkIssued(activity, "621", "old"))
                .when(new IssueEvaluationLink(activity))
                .expectEvents(new EvaluationLinkIssued(activity, "621", "link-1"));
    }

    @Test
    void aParticipantAnswersThroughTheLinkOnceTheActivityWasHeld() {
        UUID evaluation = UUID.randomUUID();
        fixture.given(planned(), new EvaluationLinkIssued(activity, "621", "abc"), heldDaysAgo(2))
                .when(new SubmitEvaluationByLink(activity, "abc", evaluation, Set.of(HeardVia.FRIEND), true))
                .expectEvents(new EvaluationSubmitted(activity, evaluation, "621", Set.of(HeardVia.FRIEND), true));
    }

    @Test
    void theLinkDoesNotTakeAnswersBeforeTheActivityWasHeld() {
        fixture.given(planned(), new EvaluationLinkIssued(activity, "621", "abc"))
                .when(new SubmitEvaluationByLink(activity, "abc", UUID.randomUUID(), Set.of(), true))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("opens once the activity was held"));
    }

    @Test
    void aLinkThatWasReplacedTakesNoAnswers() {
        fixture.given(
                        planned(),
                        new EvaluationLinkIssued(activity, "621", "old"),
                        new EvaluationLinkIssued(activity, "621", "new"),
                        heldDaysAgo(2))
                .when(new SubmitEvaluationByLink(activity, "old", UUID.randomUUID(), Set.of(), true))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void theLinkClosesTwoWeeksAfterTheDayTheActivityWasHeld() {
        fixture.given(
                        planned(),
                        new EvaluationLinkIssued(activity, "621", "abc"),
                        heldDaysAgo(SubmitEvaluationByLink.OPEN_FOR_DAYS + 1))
                .when(new SubmitEvaluationByLink(activity, "abc", UUID.randomUUID(), Set.of(), true))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("closed"));
    }
}
