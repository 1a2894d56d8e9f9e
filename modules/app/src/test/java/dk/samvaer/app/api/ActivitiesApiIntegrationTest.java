package dk.samvaer.app.api;

import static dk.samvaer.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samvaer.app.support.Api;
import dk.samvaer.app.support.ApiIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ActivitiesApiIntegrationTest extends ApiIntegrationTest {

    private String centre;
    private String activity;

    @BeforeEach
    void planActivity() {
        centre = centreIn("621");
        activity = activityAt(centre, "2015-05-01T10:00:00+02:00");
    }

    private String path(String suffix) {
        return "/api/v1/activities/" + activity + suffix;
    }

    private static String correctionJson(int participants, String reason) {
        return json(
                "heldOn",
                "2015-05-01",
                "participants",
                participants,
                "newParticipants",
                5,
                "formerlyHomeless",
                9,
                "reason",
                reason);
    }

    private static String logbookJson(Object participants, Object fresh, Object formerlyHomeless) {
        return json(
                "heldOn",
                "2015-05-01",
                "participants",
                participants,
                "newParticipants",
                fresh,
                "formerlyHomeless",
                formerlyHomeless);
    }

    @Test
    void plansAnActivityAndShowsItWithItsVersionAsETag() {
        Api.Response view = api.get(path(""));

        assertThat(view.status()).isEqualTo(200);
        // version 1: planning also issued the activity's public evaluation link
        assertThat(view.header("ETag")).isEqualTo("\"1\"");
        assertThat(view.json().path("status").asString()).isEqualTo("PLANNED");
        assertThat(view.json().path("municipalityCode").asString()).isEqualTo("621");
        assertThat(view.json().path("startsAt").asString()).isEqualTo("2015-05-01T10:00:00+02:00");
    }

    @Test
    void refusesToPlanAtAnUnknownCentre() {
        Api.Response response = api.post(
                "/api/v1/activities", planJson("7b7e3c55-0000-4000-8000-000000000000", "2015-05-01T10:00:00+02:00"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("errors").findValuesAsString("field")).containsExactly("centreId");
    }

    @Test
    void refusesAPlanWithMissingFields() {
        Api.Response response = api.post("/api/v1/activities", json("centreId", centre, "title", "Bål"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("category", "setting", "startsAt");
    }

    @Test
    void refusesMalformedJson() {
        Api.Response response = api.post("/api/v1/activities", "{\"centreId\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.problemType()).isEqualTo("malformed-request");
    }

    @Test
    void recordsTheLogbookAndShowsItOnTheActivity() {
        Api.Response recorded = api.post(path("/logbook"), logbookJson(18, 5, 9));

        assertThat(recorded.status()).isEqualTo(201);
        Api.Response view = api.get(path(""));
        assertThat(view.json().path("status").asString()).isEqualTo("HELD");
        assertThat(view.json().path("logbook").path("participants").asInt()).isEqualTo(18);
    }

    @Test
    void refusesCountsThatAreNotWholeNumbers() {
        assertThat(api.post(path("/logbook"), logbookJson(18.5, 5, 9)).status()).isEqualTo(400);
        assertThat(api.post(path("/logbook"), logbookJson("18", 5, 9)).status()).isEqualTo(400);
        assertThat(api.post(path("/logbook"), logbookJson(-1, 0, 0)).status()).isEqualTo(400);
        assertThat(api.get(path("")).json().path("status").asString()).isEqualTo("PLANNED");
    }

    @Test
    void refusesMoreNewParticipantsThanParticipants() {
        Api.Response response = api.post(path("/logbook"), logbookJson(18, 19, 9));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").findValuesAsString("field")).containsExactly("newParticipants");
    }

    @Test
    void refusesALogbookDatedInTheFuture() {
        Api.Response response = api.post(
                path("/logbook"),
                json("heldOn", "2999-01-01", "participants", 1, "newParticipants", 0, "formerlyHomeless", 0));

        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    void refusesASecondLogbook() {
        api.post(path("/logbook"), logbookJson(18, 5, 9));

        Api.Response second = api.post(path("/logbook"), logbookJson(19, 5, 9));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.problemType()).isEqualTo("rule/logbook-already-recorded");
        assertThat(second.json().path("rule").asString()).isEqualTo("logbook-already-recorded");
    }

    @Test
    void correctsTheLogbookAndKeepsTheOriginalInTheHistory() {
        api.post(path("/logbook"), logbookJson(18, 5, 9));

        Api.Response corrected = api.put(path("/logbook"), correctionJson(19, "Late arrival"));

        assertThat(corrected.status()).isEqualTo(200);
        Api.Response logbook = api.get(path("/logbook"));
        assertThat(logbook.json().path("current").path("participants").asInt()).isEqualTo(19);
        assertThat(logbook.json().path("history").findValuesAsString("kind")).containsExactly("ORIGINAL", "CORRECTION");
        assertThat(logbook.json().path("history").get(1).path("reason").asString())
                .isEqualTo("Late arrival");
    }

    @Test
    void refusesACorrectionWithoutAReason() {
        api.post(path("/logbook"), logbookJson(18, 5, 9));

        Api.Response response = api.put(path("/logbook"), logbookJson(19, 5, 9));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").findValuesAsString("field")).containsExactly("reason");
    }

    @Test
    void refusesACorrectionBasedOnAStaleVersion() {
        api.post(path("/logbook"), logbookJson(18, 5, 9));

        Api.Response response = api.put(path("/logbook"), correctionJson(19, "Recount"), "If-Match", "\"0\"");

        assertThat(response.status()).isEqualTo(412);
        assertThat(response.problemType()).isEqualTo("version-mismatch");
    }

    @Test
    void acceptsACorrectionBasedOnTheCurrentVersion() {
        api.post(path("/logbook"), logbookJson(18, 5, 9));
        String etag = api.get(path("")).header("ETag");

        Api.Response response = api.put(path("/logbook"), correctionJson(19, "Recount"), "If-Match", etag);

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void cancelsAPlannedActivityWithAReason() {
        Api.Response cancelled = api.post(path("/cancellation"), json("reason", "Storm warning"));

        assertThat(cancelled.status()).isEqualTo(204);
        assertThat(api.get(path("")).json().path("cancellationReason").asString())
                .isEqualTo("Storm warning");
        assertThat(api.post(path("/logbook"), logbookJson(18, 5, 9)).problemType())
                .isEqualTo("rule/activity-cancelled");
    }

    @Test
    void refusesToCancelAnActivityThatWasHeld() {
        api.post(path("/logbook"), logbookJson(18, 5, 9));

        Api.Response response = api.post(path("/cancellation"), json("reason", "Too late"));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.problemType()).isEqualTo("rule/activity-already-held");
    }

    @Test
    void acceptsAnEvaluationOnlyAfterTheActivityWasHeld() {
        String evaluation = json("heardVia", List.of("CENTRE", "FRIEND"), "wouldJoinAgain", true);
        Api.Response early = api.post(path("/evaluations"), evaluation);
        api.post(path("/logbook"), logbookJson(18, 5, 9));

        Api.Response accepted = api.post(path("/evaluations"), evaluation);

        assertThat(early.status()).isEqualTo(409);
        assertThat(early.problemType()).isEqualTo("rule/activity-not-held");
        assertThat(accepted.status()).isEqualTo(201);
        Api.Response stored = api.get(accepted.header("Location").replaceFirst("^http://[^/]+", ""));
        assertThat(stored.body()).contains("CENTRE").contains("FRIEND").contains("\"wouldJoinAgain\":true");
    }

    @Test
    void refusesAnUnknownHeardViaOption() {
        api.post(path("/logbook"), logbookJson(18, 5, 9));

        Api.Response response = api.post(path("/evaluations"), json("heardVia", List.of("TELEPATHY")));

        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    void answersNotFoundForAnUnknownActivity() {
        String unknown = "/api/v1/activities/7b7e3c55-0000-4000-8000-000000000000";

        assertThat(api.get(unknown).status()).isEqualTo(404);
        assertThat(api.post(unknown + "/logbook", logbookJson(1, 0, 0)).status())
                .isEqualTo(404);
        assertThat(api.post(unknown + "/cancellation", json("reason", "x")).status())
                .isEqualTo(404);
    }

    @Test
    void answersBadRequestForAnIdThatIsNotAUuid() {
        Api.Response response = api.get("/api/v1/activities/not-a-uuid");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").findValuesAsString("field")).containsExactly("id");
    }

    @Test
    void listsActivitiesByMunicipalityDateAndStatus() {
        String other = activityAt(centreIn("370"), "2015-08-01T10:00:00+02:00");
        api.post("/api/v1/activities/" + other + "/cancellation", json("reason", "Rain"));

        Api.Response cancelledIn370 =
                api.get("/api/v1/activities?municipalityCode=370&status=CANCELLED&from=2015-07-01&to=2015-08-31");

        assertThat(cancelledIn370.json().path("items").findValuesAsString("id"))
                .contains(other)
                .doesNotContain(activity);
        assertThat(cancelledIn370.json().path("items").findValuesAsString("municipalityCode"))
                .containsOnly("370");
    }

    @Test
    void refusesAnInvalidListFilter() {
        assertThat(api.get("/api/v1/activities?status=DONE").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/activities?from=yesterday").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/activities?size=501").status()).isEqualTo(400);
    }

    @Test
    void badInputOfEveryKindLeavesTheFiguresUnchanged() {
        String held = activityAt(centre, "2016-03-01T10:00:00+02:00");
        api.post(
                "/api/v1/activities/" + held + "/logbook",
                json("heldOn", "2016-03-01", "participants", 10, "newParticipants", 2, "formerlyHomeless", 4));
        String before = api.get("/api/v1/reports/project-years/2016").body();

        String base = "/api/v1/activities/" + held;
        api.post(
                base + "/logbook",
                json("heldOn", "2016-03-01", "participants", 99, "newParticipants", 2, "formerlyHomeless", 4));
        api.put(
                base + "/logbook",
                json(
                        "heldOn",
                        "2016-03-01",
                        "participants",
                        5,
                        "newParticipants",
                        9,
                        "formerlyHomeless",
                        4,
                        "reason",
                        "x"));
        api.put(
                base + "/logbook",
                json("heldOn", "2016-03-01", "participants", 50, "newParticipants", 2, "formerlyHomeless", 4));
        api.put(base + "/logbook", "{\"participants\": 5");
        api.put(
                base + "/logbook",
                json(
                        "heldOn",
                        "2016-03-01",
                        "participants",
                        50,
                        "newParticipants",
                        2,
                        "formerlyHomeless",
                        4,
                        "reason",
                        "stale"),
                "If-Match",
                "\"0\"");
        api.post(base + "/cancellation", json("reason", "too late"));

        assertThat(api.get("/api/v1/reports/project-years/2016").body()).isEqualTo(before);
    }
}
