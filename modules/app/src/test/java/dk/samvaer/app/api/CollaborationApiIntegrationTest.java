package dk.samvaer.app.api;

import static dk.samvaer.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samvaer.app.support.Api;
import dk.samvaer.app.support.ApiIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class CollaborationApiIntegrationTest extends ApiIntegrationTest {

    static final int YEAR = 2021;

    @Autowired
    JdbcClient jdbc;

    private String group;

    @BeforeEach
    void aGroupInAabenraa() {
        group = api.post("/api/v1/collaboration-groups", json("municipalityCode", "580", "level", "STAFF"))
                .json()
                .path("id")
                .asString();
    }

    private String groupPath() {
        return "/api/v1/collaboration-groups/" + group;
    }

    private String schedule(String on) {
        Api.Response scheduled = api.post(
                groupPath() + "/meetings",
                json(
                        "scheduledFor",
                        on,
                        "coordinator",
                        Map.of("organisationType", "DROP_IN_CENTRE", "roleTitle", "Tovholder"),
                        "purpose",
                        "Escort routines",
                        "agenda",
                        List.of("Welcome", "Escort")));
        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(201);
        return scheduled.json().path("id").asString();
    }

    private Api.Response hold(String meeting, String on, String dueOn) {
        return api.post(
                groupPath() + "/meetings/" + meeting + "/held",
                json(
                        "heldOn",
                        on,
                        "attendingOrganisationTypes",
                        List.of("DROP_IN_CENTRE", "SECTION_99"),
                        "decisions",
                        List.of("The centre is named in every move-in plan"),
                        "followUps",
                        List.of(Map.of(
                                "description",
                                "Send the poster",
                                "owner",
                                Map.of("organisationType", "SHELTER"),
                                "dueOn",
                                dueOn))));
    }

    @Test
    void keepsADisplayNameOutOfTheEventStoreAndErasesIt() {
        String seat = api.post(
                        groupPath() + "/members",
                        json(
                                "organisationType",
                                "SECTION_99",
                                "roleTitle",
                                "Gadeplansmedarbejder",
                                "displayName",
                                "Birthe Zebrasen"))
                .json()
                .path("id")
                .asString();

        assertThat(api.get(groupPath()).body()).contains("Birthe Zebrasen");
        assertThat(storedEventsContain("Birthe Zebrasen")).isFalse();

        Api.Response erased = api.delete(groupPath() + "/members/" + seat + "/display-name");

        assertThat(erased.status()).isEqualTo(204);
        JsonNode seats = api.get(groupPath()).json().path("seats");
        assertThat(seats.get(0).path("roleTitle").asString()).isEqualTo("Gadeplansmedarbejder");
        assertThat(seats.get(0).path("displayName").isNull()).isTrue();
        assertThat(api.get(groupPath()).body()).doesNotContain("Birthe Zebrasen");
    }

    private boolean storedEventsContain(String text) {
        return jdbc.sql("SELECT payload FROM domain_event_entry").query(byte[].class).list().stream()
                .anyMatch(payload -> new String(payload, StandardCharsets.UTF_8).contains(text));
    }

    @Test
    void schedulesHoldsAndCompletesAFollowUp() {
        String meeting = schedule(YEAR + "-03-04");

        Api.Response held = hold(meeting, YEAR + "-03-04", YEAR + "-04-01");
        String followUp = held.json().path("followUps").get(0).path("id").asString();
        Api.Response completed = api.post(
                groupPath() + "/meetings/" + meeting + "/follow-ups/" + followUp + "/completion",
                json("completedOn", YEAR + "-03-20"));

        assertThat(held.status()).isEqualTo(200);
        assertThat(completed.status()).isEqualTo(204);
        JsonNode view = api.get(groupPath() + "/meetings/" + meeting).json();
        assertThat(view.path("status").asString()).isEqualTo("HELD");
        assertThat(view.path("agenda").size()).isEqualTo(2);
        assertThat(view.path("followUps").get(0).path("completedOn").asString()).isEqualTo(YEAR + "-03-20");
    }

    @Test
    void refusesAMeetingWithoutACoordinator() {
        Api.Response response =
                api.post(groupPath() + "/meetings", json("scheduledFor", YEAR + "-03-04", "purpose", "No one leads"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").findValuesAsString("field")).contains("coordinator");
    }

    @Test
    void holdsAMeetingOnlyOnceAndNeverACancelledOne() {
        String held = schedule(YEAR + "-05-04");
        hold(held, YEAR + "-05-04", YEAR + "-06-01");
        String cancelled = schedule(YEAR + "-06-04");
        api.post(groupPath() + "/meetings/" + cancelled + "/cancellation", json("reason", "Snow"));

        assertThat(hold(held, YEAR + "-05-04", YEAR + "-06-01").problemType()).isEqualTo("rule/meeting-already-held");
        assertThat(hold(cancelled, YEAR + "-06-04", YEAR + "-07-01").problemType())
                .isEqualTo("rule/meeting-cancelled");
    }

    @Test
    void answersNotFoundForAMeetingOfAnotherGroup() {
        String meeting = schedule(YEAR + "-08-04");
        String otherGroup = api.post(
                        "/api/v1/collaboration-groups", json("municipalityCode", "580", "level", "LEADERSHIP"))
                .json()
                .path("id")
                .asString();

        assertThat(api.get("/api/v1/collaboration-groups/" + otherGroup + "/meetings/" + meeting)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void refusesANetworkMeetingOfOneMunicipality() {
        Api.Response response = api.post(
                "/api/v1/network-meetings",
                json("heldOn", YEAR + "-06-10", "purpose", "Alone", "municipalityCodes", List.of("580")));

        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    void showsTheLatestSelfAssessmentAndWhatChangedSinceThePrevious() {
        api.post("/api/v1/self-assessments", selfAssessmentJson("561", YEAR + "-02-01", "AIM_FOR_LATER"));
        api.post("/api/v1/self-assessments", selfAssessmentJson("561", YEAR + "-11-01", "ALREADY_DO"));

        JsonNode subject = api.get("/api/v1/reports/self-assessments?municipalityCode=561")
                .json()
                .path("subjects")
                .get(0);
        List<JsonNode> history = api.get("/api/v1/self-assessments?municipalityCode=561")
                .json()
                .path("items")
                .valueStream()
                .toList();

        assertThat(subject.path("assessedOn").asString()).isEqualTo(YEAR + "-11-01");
        assertThat(subject.path("previousAssessedOn").asString()).isEqualTo(YEAR + "-02-01");
        assertThat(subject.path("changes").size()).isEqualTo(9);
        assertThat(subject.path("changes").get(0).path("from").asString()).isEqualTo("AIM_FOR_LATER");
        assertThat(history).hasSize(2);
    }

    @Test
    void refusesASelfAssessmentWithoutAllNinePractices() {
        Api.Response response = api.post(
                "/api/v1/self-assessments",
                json(
                        "municipalityCode",
                        "561",
                        "assessedOn",
                        YEAR + "-02-01",
                        "practices",
                        Map.of("VISIBILITY", Map.of("status", "DO_MORE"))));

        assertThat(response.status()).isEqualTo(400);
    }
}
