package dk.samvaer.app.api;

import static dk.samvaer.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samvaer.app.support.Api;
import dk.samvaer.app.support.ApiIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class BuddiesApiIntegrationTest extends ApiIntegrationTest {

    static final int YEAR = 2022;

    private String centre;
    private String buddy;

    @BeforeEach
    void aBuddyInVejle() {
        centre = centreIn("630");
        buddy = api.post("/api/v1/buddies", json("centreId", centre, "handle", "Ravnen"))
                .json()
                .path("id")
                .asString();
    }

    private Api.Response welcome(String byBuddy, String activity) {
        Map<String, Object> body = new java.util.HashMap<>(
                Map.of("centreId", centre, "welcomedOn", YEAR + "-05-02", "heardVia", List.of("FRIEND")));
        if (byBuddy != null) {
            body.put("buddyId", byBuddy);
        }
        if (activity != null) {
            body.put("activityId", activity);
        }
        return api.post(
                "/api/v1/welcomes",
                Api.json(body.entrySet().stream()
                        .flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
                        .toArray()));
    }

    private void train() {
        api.post("/api/v1/buddies/" + buddy + "/course-completion", json("completedOn", YEAR + "-02-20", "hours", 3));
    }

    @Test
    void refusesAHandleThatLooksLikeARealName() {
        Api.Response response = api.post("/api/v1/buddies", json("centreId", centre, "handle", "Jens Hansen"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").findValuesAsString("field")).containsExactly("handle");
    }

    @Test
    void aBuddyWithoutTheCourseWelcomesNoOneAndTakesNoTask() {
        assertThat(welcome(buddy, null).problemType()).isEqualTo("rule/buddy-not-trained");
        assertThat(api.post("/api/v1/buddies/" + buddy + "/tasks", json("task", "SHOW_AROUND"))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void aTrainedBuddyWelcomesANewUserAtAnActivityOfTheCentre() {
        train();
        String activity = activityAt(centre, YEAR + "-05-02T10:00:00+02:00");

        Api.Response welcomed = welcome(buddy, activity);

        assertThat(welcomed.status()).isEqualTo(201);
        JsonNode view = api.get("/api/v1/buddies/" + buddy).json();
        assertThat(view.path("welcomes").asInt()).isEqualTo(1);
        assertThat(view.path("courseHours").asInt()).isEqualTo(3);
    }

    @Test
    void aStaffMemberWelcomesWithoutABuddy() {
        assertThat(welcome(null, null).status()).isEqualTo(201);
        assertThat(api.get("/api/v1/welcomes?centreId=" + centre)
                        .json()
                        .path("items")
                        .get(0)
                        .path("buddyId")
                        .isNull())
                .isTrue();
    }

    @Test
    void refusesABuddyOfAnotherCentre() {
        String otherCentre = centreIn("630");
        String other = api.post("/api/v1/buddies", json("centreId", otherCentre, "handle", "Maagen"))
                .json()
                .path("id")
                .asString();
        api.post("/api/v1/buddies/" + other + "/course-completion", json("completedOn", YEAR + "-02-20", "hours", 3));

        assertThat(welcome(other, null).status()).isEqualTo(422);
    }

    @Test
    void aRetiredBuddyRecordsNothingMore() {
        train();
        api.post("/api/v1/buddies/" + buddy + "/retirement", json("reason", "Moved away"));

        Api.Response supervision =
                api.post("/api/v1/buddies/" + buddy + "/supervisions", json("heldOn", YEAR + "-06-01"));

        assertThat(supervision.problemType()).isEqualTo("rule/buddy-retired");
        assertThat(api.get("/api/v1/buddies/" + buddy).json().path("status").asString())
                .isEqualTo("RETIRED");
    }

    @Test
    void pausesAndResumesABuddy() {
        assertThat(api.post("/api/v1/buddies/" + buddy + "/pause", json("reason", "Summer"))
                        .status())
                .isEqualTo(204);
        assertThat(api.get("/api/v1/buddies/" + buddy).json().path("status").asString())
                .isEqualTo("PAUSED");
        assertThat(api.post("/api/v1/buddies/" + buddy + "/resumption").status())
                .isEqualTo(204);
        assertThat(api.get("/api/v1/buddies/" + buddy).json().path("status").asString())
                .isEqualTo("ACTIVE");
    }

    @Test
    void reportsBuddiesSupervisionAndWelcomesPerCentreAndMonth() {
        api.post(
                "/api/v1/project-years",
                json("year", YEAR, "municipalities", List.of(Map.of("municipalityCode", "630", "arm", "TEST"))));
        train();
        api.post("/api/v1/buddies/" + buddy + "/supervisions", json("heldOn", YEAR + "-04-10"));
        welcome(buddy, null);
        welcome(null, null);

        JsonNode row = api.get("/api/v1/reports/project-years/" + YEAR + "/buddies?municipalityCode=630")
                .json()
                .path("centres")
                .valueStream()
                .filter(c -> c.path("centreId").asString().equals(centre))
                .findFirst()
                .orElseThrow();
        JsonNode table1 = api.get("/api/v1/reports/project-years/" + YEAR + "/strands?municipalityCode=630")
                .json()
                .path("municipalities")
                .get(0);

        assertThat(row.path("buddiesTrained").asInt()).isEqualTo(1);
        assertThat(row.path("supervisionSessions").asInt()).isEqualTo(1);
        assertThat(row.path("welcomesByBuddies").asInt()).isEqualTo(1);
        assertThat(row.path("welcomesByStaff").asInt()).isEqualTo(1);
        assertThat(row.path("welcomesPerMonth").get(4).asInt()).isEqualTo(2);
        assertThat(table1.path("buddyCourseHeld").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/reports/project-years/" + YEAR + "/buddies", "Accept", "text/csv")
                        .body())
                .contains("welcomesMonth12");
    }
}
