package dk.samvaer.app.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.samvaer.app.support.Api;
import dk.samvaer.app.support.ApiIntegrationTest;
import dk.samvaer.app.support.Postings;
import dk.samvaer.app.support.TestKeys;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The outbound feed over HTTP (issue 17): in order, after a cursor, scoped, public shapes, long polling. */
class FeedApiIntegrationTest extends ApiIntegrationTest {

    @Test
    void aLeaderReadsTheirMunicipalitysEventsInOrderAndNothingOfAnother() {
        String kolding = activityAt(centreIn("621"), "2025-03-03T10:00:00+01:00");
        String svendborg = activityAt(centreIn("479"), "2025-03-03T10:00:00+01:00");

        List<JsonNode> items = itemsUntil(TestKeys.LEADER_KOLDING, "ActivityPlanned", kolding);

        assertThat(items)
                .extracting(item -> item.path("municipalityCode").asString())
                .containsOnly("621");
        assertThat(items)
                .extracting(item -> item.path("data").path("activityId").asString())
                .doesNotContain(svendborg);
        assertThat(items).extracting(item -> item.path("position").asLong()).isSorted();
    }

    @Test
    void anItemHasThePublicShapeOfItsEvent() {
        String activity = activityAt(centreIn("621"), "2025-03-04T10:00:00+01:00");
        logbook(activity, "2025-03-04", 12, 3, 5);

        JsonNode held = itemsUntil(TestKeys.LEADER_KOLDING, "ActivityHeld", activity).stream()
                .filter(item -> item.path("data").path("activityId").asString().equals(activity))
                .findFirst()
                .orElseThrow();

        assertThat(held.path("type").asString()).isEqualTo("ActivityHeld");
        assertThat(held.path("version").asString()).isNotBlank();
        assertThat(held.path("occurredOn").asString()).isEqualTo("2025-03-04");
        assertThat(held.path("data").path("participants").asInt()).isEqualTo(12);
        assertThat(held.path("id").asString()).isNotBlank();
        assertThat(held.path("recordedAt").asString()).isNotBlank();
    }

    @Test
    void onlyAdminsAndAuditorsSeeCitizenPseudonyms() {
        Api nexus = api.as(TestKeys.CASE_SYSTEM_KOLDING);
        String escort = nexus.post("/api/v1/escorts", Postings.escort("CASE-4711", centreIn("621"), "2025-03-05"))
                .json()
                .path("id")
                .asString();

        JsonNode forLeader = escort(TestKeys.LEADER_KOLDING, escort);
        JsonNode forAuditor = escort(TestKeys.AUDITOR, escort);

        assertThat(forLeader.path("data").has("citizenPseudonym")).isFalse();
        assertThat(forAuditor.path("data").path("citizenPseudonym").asString()).startsWith("t1_");
    }

    @Test
    void theTokenOfAnEvaluationLinkNeverLeavesInTheFeed() {
        String activity = activityAt(centreIn("621"), "2025-03-08T10:00:00+01:00");

        JsonNode issued = itemsUntil(TestKeys.AUDITOR, "EvaluationLinkIssued", activity).stream()
                .filter(item -> item.path("data").path("activityId").asString().equals(activity))
                .findFirst()
                .orElseThrow();

        assertThat(issued.path("data").has("token")).isFalse();
        assertThat(issued.path("data").path("activityId").asString()).isEqualTo(activity);
    }

    @Test
    void readingOnFromNextGivesNoEventTwice() {
        activityAt(centreIn("621"), "2025-03-06T10:00:00+01:00");
        Api leader = api.as(TestKeys.LEADER_KOLDING);
        JsonNode first = leader.get("/api/v1/feed?limit=3").json();

        JsonNode second = leader.get(
                        "/api/v1/feed?limit=3&after=" + first.path("next").asLong())
                .json();

        for (JsonNode item : second.path("items")) {
            assertThat(item.path("position").asLong())
                    .isGreaterThan(first.path("next").asLong());
        }
    }

    @Test
    void aWaitingRequestAnswersAsSoonAsAnEventArrives() {
        Api leader = api.as(TestKeys.LEADER_KOLDING);
        long head = drain(leader, "ActivityPlanned");
        CompletableFuture<Api.Response> waiting = CompletableFuture.supplyAsync(
                () -> leader.get("/api/v1/feed?types=ActivityPlanned&wait=PT25S&after=" + head));
        Instant asked = Instant.now();

        activityAt(centreIn("621"), "2025-03-07T10:00:00+01:00");

        Api.Response answer = waiting.join();
        assertThat(answer.json().path("items")).isNotEmpty();
        assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void aWaitOverThirtySecondsIsRefused() {
        Api.Response refused = api.as(TestKeys.LEADER_KOLDING).get("/api/v1/feed?wait=PT31S");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.problemType()).isEqualTo("validation");
    }

    @Test
    void anUnknownTypeIsRefusedWithTheKnownTypes() {
        Api.Response refused = api.as(TestKeys.LEADER_KOLDING).get("/api/v1/feed?types=ActivityExploded");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("ActivityHeld");
    }

    @Test
    void centreStaffHaveNoFeed() {
        assertThat(api.as(TestKeys.STAFF_KOLDING).get("/api/v1/feed").status()).isEqualTo(403);
    }

    /** Reads the caller's feed of a type from the start until an item mentions the text, and returns all read. */
    private List<JsonNode> itemsUntil(String key, String type, String text) {
        Api caller = api.as(key);
        List<JsonNode> items = new ArrayList<>();
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            items.clear();
            long after = 0;
            while (true) {
                JsonNode page = caller.get("/api/v1/feed?limit=1000&types=" + type + "&after=" + after)
                        .json();
                page.path("items").forEach(items::add);
                if (page.path("next").asLong() == after) {
                    break;
                }
                after = page.path("next").asLong();
            }
            return items.stream().anyMatch(item -> item.toString().contains(text));
        });
        return items;
    }

    private JsonNode escort(String key, String escortId) {
        return itemsUntil(key, "EscortProvided", escortId).stream()
                .filter(item -> item.path("data").toString().contains(escortId))
                .findFirst()
                .orElseThrow();
    }

    /** Reads to the end of the feed and returns where it ends. */
    private static long drain(Api caller, String type) {
        long after = 0;
        while (true) {
            long next = caller.get("/api/v1/feed?limit=1000&types=" + type + "&after=" + after)
                    .json()
                    .path("next")
                    .asLong();
            if (next == after) {
                return after;
            }
            after = next;
        }
    }
}
