package dk.samvaer.app.web;

import static dk.samvaer.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samvaer.app.support.ApiIntegrationTest;
import dk.samvaer.app.support.Browser;
import dk.samvaer.app.support.TestKeys;
import dk.samvaer.app.support.TestPeople;
import dk.samvaer.kernel.web.Xlsx;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The leaders' dashboard over HTTP (issue 16): the year's figures for the person's municipalities as charts and
 * tables, the same numbers as the API, and every report as CSV and Excel.
 */
class DashboardIntegrationTest extends ApiIntegrationTest {

    private static final int YEAR = 2019;
    private static boolean enrolled;

    private String koldingCentre;

    @BeforeEach
    void kolding2019() {
        koldingCentre = centreIn("621");
        if (enrolled) {
            return;
        }
        api.post(
                "/api/v1/project-years",
                json(
                        "year",
                        YEAR,
                        "municipalities",
                        List.of(
                                Map.of("municipalityCode", "621", "arm", "TEST"),
                                Map.of("municipalityCode", "479", "arm", "CONTROL"))));
        logbook(activityAt(koldingCentre, "2019-03-01T10:00:00+01:00"), "2019-03-01", 21, 7, 11);
        logbook(activityAt(centreIn("479"), "2019-03-02T10:00:00+01:00"), "2019-03-02", 13, 4, 6);
        enrolled = true;
    }

    @Test
    void aLeaderSeesTheYearsParticipantsOfTheirMunicipalityInChartsAndTables() {
        Browser.Page page = signedIn(TestPeople.LEADER_KOLDING).get("/oversigt?aar=" + YEAR);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html())
                .contains("Overblik 2019", "Deltagere pr. kommune", "Kolding", "Testkommuner")
                .contains("<svg class=\"bar\"", "Tallene står også i tabellen nedenfor.")
                .doesNotContain("Svendborg");
    }

    @Test
    void theParticipantsYearByYearShowAsLineChartsBesideATableWithDownloads() {
        Browser.Page page = signedIn(TestPeople.LEADER_KOLDING).get("/oversigt?aar=" + YEAR);

        assertThat(page.html())
                .contains("Udvikling over årene", "Deltagere pr. år", "Andel nye pr. år")
                .contains("<svg class=\"line-chart\"", "<polyline", "/oversigt/udvikling.csv");
    }

    @Test
    void theDashboardChangesWhenALogbookIsRecorded() {
        Browser leader = signedIn(TestPeople.LEADER_KOLDING);
        String before =
                total(leader.get("/oversigt?aar=" + YEAR + "&kommune=621").html());

        logbook(activityAt(koldingCentre, "2019-04-01T10:00:00+02:00"), "2019-04-01", 100, 1, 1);

        String after =
                total(leader.get("/oversigt?aar=" + YEAR + "&kommune=621").html());
        assertThat(Integer.parseInt(after.replace(".", "")) - Integer.parseInt(before.replace(".", "")))
                .isEqualTo(100);
    }

    @Test
    void anAdminSeesEveryMunicipalityAndBothArms() {
        Browser.Page page = signedIn(TestPeople.ADMIN).get("/oversigt?aar=" + YEAR);

        assertThat(page.html()).contains("Kolding", "Svendborg", "Testkommuner", "Kontrolkommuner");
    }

    @Test
    void aLeaderOfAnotherMunicipalityAskingForKoldingsFiguresFindsNothing() {
        Browser.Page page = signedIn(TestPeople.LEADER_SVENDBORG).get("/oversigt?aar=" + YEAR + "&kommune=621");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.html()).contains("Siden findes ikke").doesNotContain("Kolding");
    }

    @Test
    void theCsvDownloadIsTheApisCsv() {
        Browser.Page csv = signedIn(TestPeople.LEADER_KOLDING).get("/oversigt/projektaar.csv?aar=" + YEAR);

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.html())
                .isEqualTo(api.as(TestKeys.LEADER_KOLDING)
                        .get("/api/v1/reports/project-years/" + YEAR, "Accept", "text/csv")
                        .body());
    }

    @Test
    void everyReportDownloadsAsAnExcelWorkbook() {
        Browser leader = signedIn(TestPeople.LEADER_KOLDING);
        for (String report : List.of(
                "projektaar",
                "indsatser",
                "evalueringer",
                "samarbejde",
                "buddyer",
                "ledsagelser",
                "henvisninger",
                "selvevalueringer",
                "udvikling",
                "sammenligning")) {
            Browser.Page workbook = leader.get("/oversigt/" + report + ".xlsx?aar=" + YEAR);

            assertThat(workbook.status()).as(report).isEqualTo(200);
            assertThat(workbook.contentType()).as(report).isEqualTo(Xlsx.MEDIA_TYPE);
        }
    }

    @Test
    void anAdminSeesTestAgainstControlWithIntervalsAndTheDifference() {
        Browser.Page page = signedIn(TestPeople.ADMIN).get("/oversigt?aar=" + YEAR);

        assertThat(page.html())
                .contains("Test mod kontrol", "Deltagere pr. aktivitet", "Forskel (test − kontrol)", "p-værdi")
                .containsPattern("Test \\(\\d+ aktiviteter\\)");
    }

    @Test
    void aLeaderOfOneArmIsToldWhyThereIsNoDifference() {
        Browser.Page page = signedIn(TestPeople.LEADER_KOLDING).get("/oversigt?aar=" + YEAR);

        assertThat(page.html()).contains("Forskellen kan ikke beregnes her");
    }

    @Test
    void aYearWithoutFiguresIsADanishNotFoundPage() {
        Browser.Page page = signedIn(TestPeople.LEADER_KOLDING).get("/oversigt?aar=1999");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.html()).contains("Siden findes ikke");
    }

    @Test
    void anUnknownReportIsADanishNotFoundPage() {
        Browser.Page page = signedIn(TestPeople.LEADER_KOLDING).get("/oversigt/hemmeligt.csv?aar=" + YEAR);

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.html()).contains("Siden findes ikke");
    }

    @Test
    void theBestPracticesShowAsAMatrixOverTime() {
        api.post("/api/v1/self-assessments", selfAssessmentJson("621", "2019-02-01", "AIM_FOR_LATER"));
        api.post("/api/v1/self-assessments", selfAssessmentJson("621", "2019-11-01", "ALREADY_DO"));

        Browser.Page page = signedIn(TestPeople.LEADER_KOLDING).get("/oversigt?aar=" + YEAR);

        assertThat(page.html())
                .contains("Selvevalueringer i Kolding", "1. feb. 2019", "1. nov. 2019")
                .contains("Sigter mod senere", "Gør vi allerede");
    }

    /** The total participants on the page: the total row's second figure. */
    private static String total(String html) {
        int row = html.indexOf("<tr class=\"total\"");
        int cells = html.indexOf("class=\"number\"", html.indexOf("class=\"number\"", row) + 1);
        return html.substring(html.indexOf('>', cells) + 1, html.indexOf('<', cells));
    }

    private Browser signedIn(String person) {
        Browser browser = new Browser(port);
        browser.signIn(person, TestPeople.PASSWORD);
        return browser;
    }
}
