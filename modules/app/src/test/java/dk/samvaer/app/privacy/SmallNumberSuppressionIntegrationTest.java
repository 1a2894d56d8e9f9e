package dk.samvaer.app.privacy;

import static dk.samvaer.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.samvaer.app.support.Api;
import dk.samvaer.app.support.ApiIntegrationTest;
import dk.samvaer.app.support.Postings;
import dk.samvaer.app.support.TestKeys;
import dk.samvaer.kernel.readmodel.ReadYourWrites;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Reports published with small counts of people suppressed (issue 15, item 4): in 2006 Kolding's case system
 * escorted 20 citizens to one centre, 3 to another and 7 to a third, and referred 2 citizens, who both arrived.
 */
class SmallNumberSuppressionIntegrationTest extends ApiIntegrationTest {

    private static final String PERIOD = "municipalityCode=621&from=2006-01-01&to=2006-12-31";

    @Autowired
    ReadYourWrites readYourWrites;

    private static Map<String, String> centres;

    @BeforeEach
    void escortsAndReferralsOf2006() {
        if (centres != null) {
            return;
        }
        Api nexus = api.as(TestKeys.CASE_SYSTEM_KOLDING);
        centres = Map.of("large", centreIn("621"), "small", centreIn("621"), "middle", centreIn("621"));
        Map<String, Integer> escorted = Map.of("large", 20, "small", 3, "middle", 7);
        escorted.forEach((centre, citizens) -> {
            for (int i = 0; i < citizens; i++) {
                String escort = Postings.escort(
                        "nexus:small:" + UUID.randomUUID(), centres.get(centre), LocalDate.of(2006, 3, 1 + i));
                assertThat(nexus.post("/api/v1/escorts", escort).status()).isEqualTo(201);
            }
        });
        for (int i = 0; i < 2; i++) {
            String referral = nexus.post(
                            "/api/v1/referrals",
                            Postings.referral(
                                    "nexus:small:" + UUID.randomUUID(), centres.get("large"), LocalDate.of(2006, 5, 1)))
                    .json()
                    .path("id")
                    .asString();
            Api.Response arrived = nexus.post(
                    "/api/v1/referrals/" + referral + "/arrival",
                    json(
                            "sourceSystem",
                            "nexus-kolding",
                            "externalId",
                            "P-" + UUID.randomUUID(),
                            "arrivedOn",
                            "2006-05-0" + (3 + i)));
            assertThat(arrived.status()).as(arrived.toString()).isBetween(200, 201);
        }
        await().until(readYourWrites::await);
    }

    @Test
    void aCentreWithFewerEscortsThanTheThresholdHasItsCountsSuppressedAndListed() {
        JsonNode report = published("escorts");

        JsonNode small = centre(report, "small");
        assertThat(small.get("escorts").isNull()).isTrue();
        assertThat(small.get("firstEscorts").isNull()).isTrue();
        assertThat(report.path("suppressedBelow").asInt()).isEqualTo(5);
        assertThat(strings(report.path("suppressed")))
                .contains(pointer(report, "small") + "/escorts", pointer(report, "small") + "/firstEscorts");
    }

    @Test
    void theNextSmallestCentreIsSuppressedTooSoThatTheTotalCannotGiveTheSmallOneAway() {
        JsonNode report = published("escorts");

        assertThat(report.path("escorts").asLong()).isEqualTo(30);
        assertThat(centre(report, "middle").get("escorts").isNull()).isTrue();
        assertThat(centre(report, "large").path("escorts").asLong()).isEqualTo(20);
    }

    @Test
    void noTotalOfTheReportLeavesExactlyOneOfItsPartsToBeWorkedOut() {
        JsonNode report = published("escorts");

        List<JsonNode> byCentre = report.path("byCentre").valueStream().toList();
        for (String figure : List.of("escorts", "firstEscorts")) {
            long nulls = byCentre.stream().filter(c -> c.get(figure).isNull()).count()
                    + (report.get(figure).isNull() ? 1 : 0);
            assertThat(nulls).as(figure + " by centre").isNotEqualTo(1);
        }
        long months = report.path("byMonth")
                        .valueStream()
                        .filter(m -> m.get("escorts").isNull())
                        .count()
                + (report.get("escorts").isNull() ? 1 : 0);
        assertThat(months).as("escorts by month").isNotEqualTo(1);
    }

    @Test
    void everySuppressedFigureIsNullInJsonAndDotsInCsv() {
        JsonNode report = published("escorts");
        String csv = publishedCsv("escorts");

        for (String suppressed : strings(report.path("suppressed"))) {
            assertThat(report.at(suppressed).isNull()).as(suppressed).isTrue();
        }
        assertThat(csvRow(csv, centres.get("small"))).endsWith(",..,..,");
        assertThat(csvRow(csv, centres.get("middle"))).endsWith(",..,..,");
        assertThat(csvRow(csv, centres.get("large"))).endsWith(",20,20,");
        assertThat(csv).contains("TOTAL,,,,30,30,30");
    }

    @Test
    void theMedianDaysToArrivalOfTwoArrivalsIsSuppressedWithThem() {
        JsonNode report = published("referrals");
        String csv = publishedCsv("referrals");

        assertThat(report.get("arrived").isNull()).isTrue();
        assertThat(report.get("medianDaysToArrival").isNull()).isTrue();
        assertThat(strings(report.path("suppressed"))).contains("/made", "/arrived", "/medianDaysToArrival");
        String[] total = csv.lines()
                .filter(line -> line.startsWith("TOTAL,"))
                .findFirst()
                .orElseThrow()
                .split(",", -1);
        assertThat(List.of(total[3], total[5], total[8])).containsOnly("..");
    }

    @Test
    void withoutSuppressBelowEveryCountIsExact() {
        JsonNode report = api.get("/api/v1/reports/outreach/escorts?" + PERIOD).json();

        assertThat(centre(report, "small").path("escorts").asLong()).isEqualTo(3);
        assertThat(report.get("suppressedBelow").isNull()).isTrue();
        assertThat(report.path("suppressed").isEmpty()).isTrue();
    }

    @Test
    void aThresholdThatCouldSuppressNothingIsRefusedAsAProblem() {
        Api.Response answer = api.get("/api/v1/reports/outreach/escorts?" + PERIOD + "&suppressBelow=1");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    }

    private JsonNode published(String report) {
        return api.get(suppressed(report)).json();
    }

    private String publishedCsv(String report) {
        return api.get(suppressed(report), "Accept", "text/csv").body();
    }

    private static String suppressed(String report) {
        return "/api/v1/reports/outreach/" + report + "?" + PERIOD + "&suppressBelow=5";
    }

    private static JsonNode centre(JsonNode report, String which) {
        return report.at(pointer(report, which));
    }

    private static String pointer(JsonNode report, String which) {
        List<JsonNode> byCentre = report.path("byCentre").valueStream().toList();
        for (int i = 0; i < byCentre.size(); i++) {
            if (byCentre.get(i).path("centreId").asString().equals(centres.get(which))) {
                return "/byCentre/" + i;
            }
        }
        throw new AssertionError("No row for the " + which + " centre in " + report);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    private static String csvRow(String csv, String centreId) {
        return csv.lines()
                .filter(line -> line.contains(centreId))
                .collect(Collectors.collectingAndThen(Collectors.toList(), rows -> rows.get(0)));
    }
}
