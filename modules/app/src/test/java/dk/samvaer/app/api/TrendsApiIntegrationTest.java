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
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Table 2 across project years (issue 17, item 2). In 2004 and 2005 Herning (657) and Kolding (621) were test
 * municipalities, Holstebro (661) and Svendborg (479) control municipalities; no other test uses those years, and
 * no other test uses Herning or Holstebro.
 *
 * <pre>
 *          Herning (TEST)  Holstebro (CONTROL)  Kolding (TEST)  Svendborg (CONTROL)
 *   2004   20 / 6 / 10     12 / 3 / 7           10 / 2 / 5      8 / 2 / 4
 *   2005   30 / 9 / 15      3 / 1 / 2           –               –
 * </pre>
 *
 * (participants / new participants / formerly homeless, one activity each)
 */
class TrendsApiIntegrationTest extends ApiIntegrationTest {

    private static final String TRENDS = "/api/v1/reports/trends";
    private static final String BOTH_YEARS = TRENDS + "?from=2004&to=2005";

    private static boolean loaded;

    @BeforeEach
    void years2004And2005() {
        if (loaded) {
            return;
        }
        for (int year : new int[] {2004, 2005}) {
            Api.Response enrolled = api.post(
                    "/api/v1/project-years",
                    json(
                            "year",
                            year,
                            "municipalities",
                            List.of(
                                    Map.of("municipalityCode", "657", "arm", "TEST"),
                                    Map.of("municipalityCode", "661", "arm", "CONTROL"),
                                    Map.of("municipalityCode", "621", "arm", "TEST"),
                                    Map.of("municipalityCode", "479", "arm", "CONTROL"))));
            assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
        }
        String herning = centreIn("657");
        String holstebro = centreIn("661");
        logbook(activityAt(herning, "2004-05-01T10:00:00+02:00"), "2004-05-01", 20, 6, 10);
        logbook(activityAt(holstebro, "2004-05-02T10:00:00+02:00"), "2004-05-02", 12, 3, 7);
        logbook(activityAt(centreIn("621"), "2004-06-01T10:00:00+02:00"), "2004-06-01", 10, 2, 5);
        logbook(activityAt(centreIn("479"), "2004-06-02T10:00:00+02:00"), "2004-06-02", 8, 2, 4);
        logbook(activityAt(herning, "2005-05-01T10:00:00+02:00"), "2005-05-01", 30, 9, 15);
        logbook(activityAt(holstebro, "2005-05-02T10:00:00+02:00"), "2005-05-02", 3, 1, 2);
        loaded = true;
    }

    @Test
    void reportsEachYearInTotalAndPerArm() {
        JsonNode trends = api.get(BOTH_YEARS).json();

        assertThat(trends.path("from").asInt()).isEqualTo(2004);
        assertThat(trends.path("to").asInt()).isEqualTo(2005);
        JsonNode y2004 = trends.path("years").get(0);
        assertThat(y2004.path("year").asInt()).isEqualTo(2004);
        assertThat(y2004.path("activitiesHeld").asInt()).isEqualTo(4);
        assertThat(y2004.path("participants").asInt()).isEqualTo(50);
        assertThat(y2004.path("byArm").path("TEST").path("participants").asInt())
                .isEqualTo(30);
        assertThat(y2004.path("byArm").path("CONTROL").path("newParticipants").asInt())
                .isEqualTo(5);
        JsonNode y2005 = trends.path("years").get(1);
        assertThat(y2005.path("year").asInt()).isEqualTo(2005);
        assertThat(y2005.path("participants").asInt()).isEqualTo(33);
        assertThat(y2005.path("byArm").path("CONTROL").path("formerlyHomeless").asInt())
                .isEqualTo(2);
    }

    @Test
    void eachYearHasTheTotalsAndArmsOfItsProjectYearReport() {
        JsonNode trends = api.get(BOTH_YEARS).json();

        for (JsonNode year : trends.path("years")) {
            JsonNode table2 = api.get(
                            "/api/v1/reports/project-years/" + year.path("year").asInt())
                    .json();
            for (String figure : List.of(
                    "activitiesHeld",
                    "participants",
                    "newParticipants",
                    "formerlyHomeless",
                    "newParticipantShare",
                    "formerlyHomelessShare")) {
                assertThat(year.path(figure)).as(figure).isEqualTo(table2.path(figure));
            }
            assertThat(year.path("byArm")).isEqualTo(table2.path("byArm"));
        }
    }

    @Test
    void aYearWithoutHeldActivitiesIsListedWithZeros() {
        JsonNode trends =
                api.get(TRENDS + "?municipalityCode=657&from=2003&to=2004").json();

        JsonNode y2003 = trends.path("years").get(0);
        assertThat(y2003.path("year").asInt()).isEqualTo(2003);
        assertThat(y2003.path("activitiesHeld").asInt()).isZero();
        assertThat(y2003.path("participants").asInt()).isZero();
        assertThat(y2003.path("byArm").path("TEST").path("participants").asInt())
                .isZero();
        assertThat(y2003.get("newParticipantShare").isNull()).isTrue();
        assertThat(trends.path("years").get(1).path("participants").asInt()).isEqualTo(20);
    }

    @Test
    void withoutFromAndToTheTrendRunsFromTheFirstToTheLastYearWithFigures() {
        JsonNode trends = api.get(TRENDS + "?municipalityCode=657").json();

        assertThat(trends.path("municipalityCode").asString()).isEqualTo("657");
        assertThat(trends.path("from").asInt()).isEqualTo(2004);
        assertThat(trends.path("to").asInt()).isEqualTo(2005);
        assertThat(trends.path("years")).hasSize(2);
    }

    @Test
    void aMunicipalityCountsInTheArmItWasEnrolledIn() {
        JsonNode trends = api.get(BOTH_YEARS + "&municipalityCode=661").json();

        JsonNode y2004 = trends.path("years").get(0);
        assertThat(y2004.path("byArm").path("CONTROL").path("participants").asInt())
                .isEqualTo(12);
        assertThat(y2004.path("byArm").path("TEST").path("participants").asInt())
                .isZero();
    }

    @Test
    void aLeaderSeesOnlyTheirOwnMunicipality() {
        JsonNode trends = api.as(TestKeys.LEADER_KOLDING).get(BOTH_YEARS).json();

        JsonNode y2004 = trends.path("years").get(0);
        assertThat(trends.get("municipalityCode").isNull()).isTrue();
        assertThat(y2004.path("participants").asInt()).isEqualTo(10);
        assertThat(y2004.path("byArm").path("TEST").path("participants").asInt())
                .isEqualTo(10);
        assertThat(y2004.path("byArm").path("CONTROL").path("participants").asInt())
                .isZero();
        assertThat(trends.path("years").get(1).path("participants").asInt()).isZero();
    }

    @Test
    void aLeaderAskingForAnotherMunicipalityFindsNoFigures() {
        JsonNode trends = api.as(TestKeys.LEADER_KOLDING)
                .get(TRENDS + "?municipalityCode=479")
                .json();

        assertThat(trends.path("years")).isEmpty();
        assertThat(trends.get("from").isNull()).isTrue();
        assertThat(trends.get("to").isNull()).isTrue();
    }

    @Test
    void aPeriodEndingBeforeItStartsIsABadRequest() {
        Api.Response response = api.get(TRENDS + "?from=2005&to=2004");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.problemType()).isEqualTo("validation");
        assertThat(response.json().path("errors").findValuesAsString("field")).containsExactly("to");
    }

    @Test
    void aPeriodOfMoreThanFiftyYearsIsABadRequest() {
        Api.Response response = api.get(TRENDS + "?from=2000&to=2050");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.problemType()).isEqualTo("validation");
        assertThat(response.json().path("errors").findValuesAsString("field")).containsExactly("from");
    }

    @Test
    void aYearOutsideTheProgrammesYearsIsABadRequest() {
        Api.Response response = api.get(TRENDS + "?from=1999");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.problemType()).isEqualTo("validation");
    }

    @Test
    void answersCsvWithARowPerArmAndTheTotalOfEachYear() {
        Api.Response csv = api.get(BOTH_YEARS + "&municipalityCode=657", "Accept", "text/csv");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body().split("\r\n"))
                .containsExactly(
                        "year,scope,arm,activitiesHeld,participants,newParticipants,formerlyHomeless,"
                                + "newParticipantShare,formerlyHomelessShare",
                        "2004,ARM,TEST,1,20,6,10,0.3000,0.5000",
                        "2004,ARM,CONTROL,0,0,0,0,,",
                        "2004,TOTAL,,1,20,6,10,0.3000,0.5000",
                        "2005,ARM,TEST,1,30,9,15,0.3000,0.5000",
                        "2005,ARM,CONTROL,0,0,0,0,,",
                        "2005,TOTAL,,1,30,9,15,0.3000,0.5000");
    }

    @Test
    void answersAnExcelWorkbookWithDanishTitlesWhenAskedFor() throws Exception {
        Api.Download workbook = api.download(BOTH_YEARS, "Accept", Xlsx.MEDIA_TYPE);

        assertThat(workbook.status()).isEqualTo(200);
        assertThat(workbook.header("Content-Type")).isEqualTo(Xlsx.MEDIA_TYPE);
        assertThat(workbook.header("Content-Disposition")).contains("attachment", "udvikling-2004-2005.xlsx");
        try (XSSFWorkbook excel = new XSSFWorkbook(new ByteArrayInputStream(workbook.body()))) {
            Sheet sheet = excel.getSheetAt(0);
            DataFormatter danish = new DataFormatter(Locale.forLanguageTag("da-DK"));
            assertThat(danish.formatCellValue(sheet.getRow(0).getCell(0))).isEqualTo("År");
            assertThat(danish.formatCellValue(sheet.getRow(0).getCell(4))).isEqualTo("Deltagere");
            assertThat(sheet.getRow(3).getCell(4).getNumericCellValue()).isEqualTo(50);
            assertThat(sheet.getLastRowNum()).isEqualTo(6);
        }
    }

    @Test
    void aSmallArmIsSuppressedAndListedWhenAskedFor() {
        JsonNode trends = api.get(TRENDS + "?from=2005&to=2005&suppressBelow=5").json();

        JsonNode control = trends.path("years").get(0).path("byArm").path("CONTROL");
        assertThat(control.get("participants").isNull()).isTrue();
        assertThat(control.get("newParticipantShare").isNull()).isTrue();
        assertThat(control.path("activitiesHeld").asInt()).isEqualTo(1);
        assertThat(trends.path("suppressedBelow").asInt()).isEqualTo(5);
        assertThat(trends.path("suppressed").valueStream().map(JsonNode::asString))
                .contains("/years/0/byArm/CONTROL/participants", "/years/0/byArm/CONTROL/newParticipants");
    }

    @Test
    void theOtherArmIsSuppressedTooSoThatTheYearsTotalCannotGiveTheSmallOneAway() {
        JsonNode year = api.get(TRENDS + "?from=2005&to=2005&suppressBelow=5")
                .json()
                .path("years")
                .get(0);

        assertThat(year.path("participants").asInt()).isEqualTo(33);
        assertThat(year.path("byArm").path("TEST").get("participants").isNull()).isTrue();
    }

    @Test
    void aSuppressedFigureIsDotsInTheCsv() {
        Api.Response csv = api.get(TRENDS + "?from=2005&to=2005&suppressBelow=5", "Accept", "text/csv");

        assertThat(csv.body().split("\r\n"))
                .contains("2005,ARM,CONTROL,1,..,..,..,..,..", "2005,TOTAL,,2,33,10,17,0.3030,0.5152");
    }
}
