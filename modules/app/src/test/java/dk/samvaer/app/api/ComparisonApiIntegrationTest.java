package dk.samvaer.app.api;

import static dk.samvaer.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samvaer.app.support.Api;
import dk.samvaer.app.support.ApiIntegrationTest;
import dk.samvaer.app.support.TestKeys;
import dk.samvaer.kernel.web.Xlsx;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The comparison of arms over HTTP (issue 17, item 1), in 2008: Kolding (621, three activities) and Odense (461, two)
 * are test municipalities, Svendborg (479, four) the control, and Rudersdal (230) held one activity without being
 * enrolled. The expected intervals were computed with SciPy 1.17.1 and statsmodels 0.15.0, as noted at each.
 */
class ComparisonApiIntegrationTest extends ApiIntegrationTest {

    private static final String PATH = "/api/v1/reports/project-years/2008/comparison";

    private static boolean loaded;

    @BeforeEach
    void year2008() {
        if (loaded) {
            return;
        }
        Api.Response created = api.post(
                "/api/v1/project-years",
                json(
                        "year",
                        2008,
                        "municipalities",
                        List.of(
                                Map.of("municipalityCode", "621", "arm", "TEST"),
                                Map.of("municipalityCode", "461", "arm", "TEST"),
                                Map.of("municipalityCode", "479", "arm", "CONTROL"))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String kolding = centreIn("621");
        String odense = centreIn("461");
        String svendborg = centreIn("479");
        // participants, new participants and formerly homeless of each held activity
        String first = held(kolding, "2008-03-04", 20, 6, 10);
        held(kolding, "2008-04-01", 10, 4, 5);
        held(kolding, "2008-05-06", 15, 3, 7);
        held(odense, "2008-03-11", 8, 2, 4);
        held(odense, "2008-06-10", 12, 5, 6);
        String control = held(svendborg, "2008-03-05", 12, 3, 6);
        held(svendborg, "2008-04-02", 8, 2, 4);
        held(svendborg, "2008-05-07", 10, 1, 5);
        held(svendborg, "2008-09-03", 9, 2, 3);
        held(centreIn("230"), "2008-05-05", 7, 1, 2);
        evaluate(first, true, "CENTRE");
        evaluate(first, true, "FRIEND");
        evaluate(first, false, "CENTRE", "SOCIAL_MEDIA");
        evaluate(control, true, "SUPPORT_WORKER");
        evaluate(control, true, "CENTRE");
        loaded = true;
    }

    private String held(String centre, String heldOn, int participants, int fresh, int formerlyHomeless) {
        String activity = activityAt(centre, heldOn + "T10:00:00+01:00");
        logbook(activity, heldOn, participants, fresh, formerlyHomeless);
        return activity;
    }

    private void evaluate(String activity, boolean wouldJoinAgain, String... heardVia) {
        Api.Response evaluated = api.post(
                "/api/v1/activities/" + activity + "/evaluations",
                json("heardVia", List.of(heardVia), "wouldJoinAgain", wouldJoinAgain));
        assertThat(evaluated.status()).as(evaluated.toString()).isEqualTo(201);
    }

    @Test
    void answersEachArmsFiguresTheDifferenceAndEachMunicipalityInTheContractsShape() {
        JsonNode report = api.get(PATH).json();

        assertThat(report.path("year").asInt()).isEqualTo(2008);
        assertThat(report.path("arms").propertyNames()).containsExactly("TEST", "CONTROL");
        assertThat(report.path("arms").path("TEST").propertyNames())
                .contains(
                        "activities",
                        "participantsPerActivity",
                        "newParticipantsPerActivity",
                        "formerlyHomelessPerActivity",
                        "newShare",
                        "formerlyHomelessShare",
                        "wouldJoinAgainRate",
                        "heardVia");
        assertThat(report.path("arms").path("TEST").path("newShare").propertyNames())
                .containsExactly("estimate", "ci95", "method", "reason");
        assertThat(report.path("difference").path("newShare").propertyNames())
                .containsExactly("estimate", "ci95", "pValue", "method", "reason");
        assertThat(report.path("byMunicipality").findValuesAsString("municipalityCode"))
                .containsExactlyInAnyOrder("621", "461", "479", "230");
        assertThat(report.path("byMunicipality").get(0).propertyNames())
                .contains("municipalityCode", "arm", "activities", "participantsPerActivity", "heardVia");
    }

    @Test
    void countsEachArmsHeldActivities() {
        JsonNode arms = api.get(PATH).json().path("arms");

        assertThat(arms.path("TEST").path("activities").asInt()).isEqualTo(5);
        assertThat(arms.path("CONTROL").path("activities").asInt()).isEqualTo(4);
    }

    @Test
    void estimatesTheMeanParticipantsPerActivityOfAnArmWithStudentsTInterval() {
        // stats.t.interval(0.95, 4, loc=13.0, scale=stats.sem([20, 10, 15, 8, 12])) = (7.17608, 18.82392)
        JsonNode mean = api.get(PATH).json().path("arms").path("TEST").path("participantsPerActivity");

        assertThat(mean.path("estimate").decimalValue()).isEqualByComparingTo("13.0000");
        assertThat(mean.path("ci95").get(0).decimalValue()).isEqualByComparingTo("7.1761");
        assertThat(mean.path("ci95").get(1).decimalValue()).isEqualByComparingTo("18.8239");
        assertThat(mean.path("method").asString()).isEqualTo("t");
        assertThat(mean.path("reason").isNull()).isTrue();
    }

    @Test
    void comparesTheMeansByWelchsTWithAPValue() {
        // r = stats.ttest_ind([20, 10, 15, 8, 12], [12, 8, 10, 9], equal_var=False):
        // r.confidence_interval(0.95) = (-2.49135, 8.99135), r.pvalue = 0.208131
        JsonNode difference = api.get(PATH).json().path("difference").path("participantsPerActivity");

        assertThat(difference.path("estimate").decimalValue()).isEqualByComparingTo("3.25");
        assertThat(difference.path("ci95").get(0).decimalValue()).isEqualByComparingTo("-2.4914");
        assertThat(difference.path("ci95").get(1).decimalValue()).isEqualByComparingTo("8.9914");
        assertThat(difference.path("pValue").decimalValue()).isEqualByComparingTo("0.2081");
        assertThat(difference.path("method").asString()).isEqualTo("welch-t");
    }

    @Test
    void comparesTheNewSharesByTheDeltaMethod() {
        // statsmodels WLS(y/x, 1, weights=x).fit(cov_type='HC1') per arm: 0.307692 ± 1.96·0.0400011 and
        // 0.205128 ± 1.96·0.0368335; difference 0.102564, interval (-0.00401, 0.20914), p = 0.0592697
        JsonNode report = api.get(PATH).json();
        JsonNode test = report.path("arms").path("TEST").path("newShare");
        JsonNode difference = report.path("difference").path("newShare");

        assertThat(test.path("estimate").decimalValue()).isEqualByComparingTo("0.3077");
        assertThat(test.path("ci95").get(0).decimalValue()).isEqualByComparingTo("0.2293");
        assertThat(test.path("ci95").get(1).decimalValue()).isEqualByComparingTo("0.3861");
        assertThat(difference.path("estimate").decimalValue()).isEqualByComparingTo("0.1026");
        assertThat(difference.path("ci95").get(0).decimalValue()).isEqualByComparingTo("-0.0040");
        assertThat(difference.path("ci95").get(1).decimalValue()).isEqualByComparingTo("0.2091");
        assertThat(difference.path("pValue").decimalValue()).isEqualByComparingTo("0.05927");
        assertThat(difference.path("method").asString()).isEqualTo("delta-method-ratio");
    }

    @Test
    void givesTheWouldJoinAgainRatesWilsonIntervalsEvenWhenEveryAnswerIsYes() {
        // stats.binomtest(2, 2).proportion_ci(0.95, method='wilson') = (0.34238, 1.0);
        // confint_proportions_2indep(2, 3, 2, 2, method='newcomb', compare='diff') = (-0.79234, 0.37826);
        // proportions_ztest([2, 2], [3, 2]) p = 0.361310
        JsonNode report = api.get(PATH).json();
        JsonNode control = report.path("arms").path("CONTROL").path("wouldJoinAgainRate");
        JsonNode difference = report.path("difference").path("wouldJoinAgainRate");

        assertThat(control.path("estimate").decimalValue()).isEqualByComparingTo("1");
        assertThat(control.path("ci95").get(0).decimalValue()).isEqualByComparingTo("0.3424");
        assertThat(control.path("ci95").get(1).decimalValue()).isEqualByComparingTo("1");
        assertThat(control.path("method").asString()).isEqualTo("wilson");
        assertThat(difference.path("ci95").get(0).decimalValue()).isEqualByComparingTo("-0.7923");
        assertThat(difference.path("ci95").get(1).decimalValue()).isEqualByComparingTo("0.3783");
        assertThat(difference.path("pValue").decimalValue()).isEqualByComparingTo("0.3613");
        assertThat(difference.path("method").asString()).isEqualTo("newcombe-wilson");
    }

    @Test
    void givesTheHeardViaSharesOfTheEvaluations() {
        // 2 of the test arm's 3 evaluations name the centre: stats.binomtest(2, 3).proportion_ci(method='wilson')
        JsonNode centre =
                api.get(PATH).json().path("arms").path("TEST").path("heardVia").path("CENTRE");

        assertThat(centre.path("estimate").decimalValue()).isEqualByComparingTo("0.6667");
        assertThat(centre.path("ci95").get(0).decimalValue()).isEqualByComparingTo("0.2077");
        assertThat(centre.path("ci95").get(1).decimalValue()).isEqualByComparingTo("0.9385");
    }

    @Test
    void saysWhyAMunicipalityWithOneActivityHasNoEstimate() {
        JsonNode rudersdal = municipality(api.get(PATH).json(), "230");

        assertThat(rudersdal.path("arm").isNull()).isTrue();
        assertThat(rudersdal.path("activities").asInt()).isEqualTo(1);
        assertThat(rudersdal.path("participantsPerActivity").path("estimate").isNull())
                .isTrue();
        assertThat(rudersdal.path("participantsPerActivity").path("ci95").isNull())
                .isTrue();
        assertThat(rudersdal.path("participantsPerActivity").path("reason").asString())
                .contains("Fewer than two activities");
        assertThat(rudersdal.path("wouldJoinAgainRate").path("reason").asString())
                .contains("No answers");
    }

    @Test
    void showsALeaderOnlyTheirMunicipalityAndNoComparisonWithoutTheOtherArm() {
        JsonNode report = api.as(TestKeys.LEADER_KOLDING).get(PATH).json();

        assertThat(report.path("byMunicipality").findValuesAsString("municipalityCode"))
                .containsExactly("621");
        assertThat(report.path("arms").path("TEST").path("activities").asInt()).isEqualTo(3);
        assertThat(report.path("arms").path("CONTROL").path("activities").asInt())
                .isZero();
        assertThat(report.path("difference")
                        .path("participantsPerActivity")
                        .path("estimate")
                        .isNull())
                .isTrue();
        assertThat(report.path("difference")
                        .path("participantsPerActivity")
                        .path("reason")
                        .asString())
                .contains("CONTROL");
    }

    @Test
    void answersCsvWithOneRowPerGroupAndFigure() {
        Api.Response csv = api.get(PATH, "Accept", "text/csv");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body().split("\r\n"))
                .contains(
                        "year,scope,municipalityCode,municipalityName,arm,activities,figure,estimate,ci95Low,ci95High,"
                                + "pValue,method,reason",
                        "2008,ARM,,,TEST,5,participantsPerActivity,13.0000,7.1761,18.8239,,t,",
                        "2008,DIFFERENCE,,,,,participantsPerActivity,3.2500,-2.4914,8.9914,0.2081,welch-t,");
    }

    @Test
    void answersAnExcelWorkbookWithDanishTitlesAndNumbers() throws Exception {
        Api.Download workbook = api.download(PATH, "Accept", Xlsx.MEDIA_TYPE);

        assertThat(workbook.status()).isEqualTo(200);
        assertThat(workbook.header("Content-Disposition")).contains("attachment", "sammenligning-2008.xlsx");
        try (XSSFWorkbook excel = new XSSFWorkbook(new ByteArrayInputStream(workbook.body()))) {
            Sheet sheet = excel.getSheetAt(0);
            DataFormatter danish = new DataFormatter(Locale.forLanguageTag("da-DK"));
            assertThat(danish.formatCellValue(sheet.getRow(0).getCell(7))).isEqualTo("Estimat");
            assertThat(danish.formatCellValue(sheet.getRow(0).getCell(10))).isEqualTo("p-værdi");
            Row first = sheet.getRow(1);
            assertThat(danish.formatCellValue(first.getCell(6))).isEqualTo("participantsPerActivity");
            assertThat(first.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(7).getNumericCellValue()).isEqualTo(13.0);
        }
    }

    @Test
    void answersNotFoundForAYearWithoutProgrammeOrActivities() {
        Api.Response response = api.get("/api/v1/reports/project-years/2091/comparison");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.problemType()).isEqualTo("not-found");
    }

    private static JsonNode municipality(JsonNode report, String code) {
        return report.path("byMunicipality")
                .valueStream()
                .filter(m -> m.path("municipalityCode").asString().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
