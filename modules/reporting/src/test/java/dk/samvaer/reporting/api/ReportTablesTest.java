package dk.samvaer.reporting.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The heard-via columns of the CSV exports are a contract: their names and order, and the figures under them. */
class ReportTablesTest {

    private static final Map<String, Long> HEARD = heard(5, 4, 3, 2, 1);

    @Test
    void evaluationColumnsAndCells() {
        EvaluationSummary.WouldJoinAgain again =
                new EvaluationSummary.WouldJoinAgain(6L, 2L, 1L, new BigDecimal("0.75"));
        EvaluationSummary summary = new EvaluationSummary(
                2025,
                9L,
                HEARD,
                again,
                List.of(new EvaluationSummary.MunicipalityEvaluations("621", "Kolding", 9L, HEARD, again)),
                Suppression.NONE);

        var table = ReportTables.evaluations(summary);

        assertThat(table.header())
                .containsExactly(
                        "year",
                        "scope",
                        "municipalityCode",
                        "municipalityName",
                        "evaluations",
                        "heardViaCentre",
                        "heardViaFriend",
                        "heardViaSocialMedia",
                        "heardViaSupportWorker",
                        "heardViaOther",
                        "wouldJoinAgainYes",
                        "wouldJoinAgainNo",
                        "wouldJoinAgainUnanswered",
                        "wouldJoinAgainRate");
        assertThat(table.rows().get(0))
                .containsExactly(
                        2025,
                        "MUNICIPALITY",
                        "621",
                        "Kolding",
                        9L,
                        5L,
                        4L,
                        3L,
                        2L,
                        1L,
                        6L,
                        2L,
                        1L,
                        new BigDecimal("0.75"));
        assertThat(table.rows().get(1)).startsWith(2025, "TOTAL", null, null, 9L, 5L, 4L, 3L, 2L, 1L);
    }

    @Test
    void visibilityColumnsAndCells() {
        UUID centre = UUID.randomUUID();
        Map<String, Long> actions = new LinkedHashMap<>();
        actions.put("POSTER", 1L);
        actions.put("SOCIAL_MEDIA_POST", 2L);
        actions.put("OPEN_HOUSE", 3L);
        actions.put("DROP_IN_CENTRES_DAY", 4L);
        VisibilityReport report = new VisibilityReport(
                null,
                null,
                List.of(new VisibilityReport.Centre(centre, "Værestedet", "621", actions, 7L, 8L, 9L, HEARD)),
                Suppression.NONE);

        var table = ReportTables.visibility(report);

        assertThat(table.header())
                .containsExactly(
                        "municipalityCode",
                        "centreId",
                        "centreName",
                        "posters",
                        "socialMediaPosts",
                        "openHouses",
                        "dropInCentresDays",
                        "escorts",
                        "referrals",
                        "evaluations",
                        "heardViaCentre",
                        "heardViaFriend",
                        "heardViaSocialMedia",
                        "heardViaSupportWorker",
                        "heardViaOther");
        assertThat(table.rows())
                .containsExactly(List.of("621", centre, "Værestedet", 1L, 2L, 3L, 4L, 7L, 8L, 9L, 5L, 4L, 3L, 2L, 1L));
    }

    private static Map<String, Long> heard(long centre, long friend, long socialMedia, long supportWorker, long other) {
        Map<String, Long> heard = new LinkedHashMap<>();
        heard.put("CENTRE", centre);
        heard.put("FRIEND", friend);
        heard.put("SOCIAL_MEDIA", socialMedia);
        heard.put("SUPPORT_WORKER", supportWorker);
        heard.put("OTHER", other);
        return heard;
    }
}
