package dk.samvaer.app.api;

import static dk.samvaer.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samvaer.app.support.Api;
import dk.samvaer.app.support.ApiIntegrationTest;
import dk.samvaer.kernel.web.Xlsx;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ReportsApiIntegrationTest extends ApiIntegrationTest {

    private static boolean loaded;

    @BeforeEach
    void year2017() {
        if (loaded) {
            return;
        }
        api.post(
                "/api/v1/project-years",
                json(
                        "year",
                        2017,
                        "municipalities",
                        List.of(
                                Map.of("municipalityCode", "540", "arm", "TEST"),
                                Map.of("municipalityCode", "550", "arm", "CONTROL"))));
        String test = centreIn("540");
        String control = centreIn("550");
        logbook(activityAt(test, "2017-04-01T10:00:00+02:00"), "2017-04-01", 20, 6, 10);
        logbook(activityAt(test, "2017-05-01T10:00:00+02:00"), "2017-05-01", 10, 4, 5);
        logbook(activityAt(control, "2017-04-01T10:00:00+02:00"), "2017-04-01", 12, 3, 7);
        String evaluated = activityAt(control, "2017-06-01T10:00:00+02:00");
        logbook(evaluated, "2017-06-01", 8, 2, 4);
        api.post(
                "/api/v1/activities/" + evaluated + "/evaluations",
                json("heardVia", List.of("SUPPORT_WORKER"), "wouldJoinAgain", true));
        api.post(
                "/api/v1/activities/" + evaluated + "/evaluations",
                json("heardVia", List.of("CENTRE", "FRIEND"), "wouldJoinAgain", false));
        activityAt(control, "2017-09-01T10:00:00+02:00");
        loaded = true;
    }

    @Test
    void reportsTheYearOverallPerMunicipalityAndPerArm() {
        JsonNode report = api.get("/api/v1/reports/project-years/2017").json();

        assertThat(report.path("activitiesHeld").asInt()).isEqualTo(4);
        assertThat(report.path("participants").asInt()).isEqualTo(50);
        assertThat(report.path("newParticipants").asInt()).isEqualTo(15);
        assertThat(report.path("formerlyHomeless").asInt()).isEqualTo(26);
        assertThat(report.path("newParticipantShare").decimalValue()).isEqualByComparingTo("0.3");
        assertThat(report.path("byArm").path("TEST").path("participants").asInt())
                .isEqualTo(30);
        assertThat(report.path("byArm").path("CONTROL").path("participants").asInt())
                .isEqualTo(20);
        assertThat(report.path("byMunicipality").findValuesAsString("municipalityCode"))
                .containsExactly("540", "550");
        assertThat(report.path("byMunicipality").get(0).path("arm").asString()).isEqualTo("TEST");
    }

    @Test
    void limitsTheReportToOneMunicipalityOnRequest() {
        JsonNode report = api.get("/api/v1/reports/project-years/2017?municipalityCode=550")
                .json();

        assertThat(report.path("participants").asInt()).isEqualTo(20);
        assertThat(report.path("byMunicipality").findValuesAsString("municipalityCode"))
                .containsExactly("550");
    }

    @Test
    void answersCsvWhenAskedFor() {
        Api.Response csv = api.get("/api/v1/reports/project-years/2017", "Accept", "text/csv");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body().split("\r\n"))
                .contains(
                        "year,scope,municipalityCode,municipalityName,arm,activitiesHeld,participants,newParticipants,"
                                + "formerlyHomeless,newParticipantShare,formerlyHomelessShare",
                        "2017,MUNICIPALITY,540,Sønderborg,TEST,2,30,10,15,0.3333,0.5000",
                        "2017,ARM,,,CONTROL,2,20,5,11,0.2500,0.5500",
                        "2017,TOTAL,,,,4,50,15,26,0.3000,0.5200");
    }

    @Test
    void answersAnExcelWorkbookWithDanishTitlesAndTheCsvFiguresAsNumbersWhenAskedFor() throws Exception {
        Api.Download workbook = api.download("/api/v1/reports/project-years/2017", "Accept", Xlsx.MEDIA_TYPE);

        assertThat(workbook.status()).isEqualTo(200);
        assertThat(workbook.header("Content-Type")).isEqualTo(Xlsx.MEDIA_TYPE);
        assertThat(workbook.header("Content-Disposition")).contains("attachment", "projektaar-2017.xlsx");
        try (XSSFWorkbook excel = new XSSFWorkbook(new ByteArrayInputStream(workbook.body()))) {
            Sheet sheet = excel.getSheetAt(0);
            DataFormatter danish = new DataFormatter(Locale.forLanguageTag("da-DK"));
            assertThat(sheet.getSheetName()).isEqualTo("projektaar-2017");
            assertThat(danish.formatCellValue(sheet.getRow(0).getCell(3))).isEqualTo("Kommune");
            Row sonderborg = sheet.getRow(1);
            assertThat(danish.formatCellValue(sonderborg.getCell(3))).isEqualTo("Sønderborg");
            assertThat(sonderborg.getCell(6).getNumericCellValue()).isEqualTo(30);
            assertThat(danish.formatCellValue(sonderborg.getCell(9))).isEqualTo("33,3%");
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
        }
    }

    @Test
    void answersEveryReportAsAWorkbookWhenAskedFor() {
        for (String report : List.of(
                "/api/v1/reports/project-years/2017/evaluations",
                "/api/v1/reports/project-years/2017/strands",
                "/api/v1/reports/project-years/2017/collaboration",
                "/api/v1/reports/project-years/2017/buddies",
                "/api/v1/reports/self-assessments",
                "/api/v1/reports/outreach/escorts",
                "/api/v1/reports/outreach/referrals",
                "/api/v1/reports/outreach/visibility")) {
            Api.Download workbook = api.download(report, "Accept", Xlsx.MEDIA_TYPE);

            assertThat(workbook.status()).as(report).isEqualTo(200);
            assertThat(workbook.body()).as(report).startsWith('P', 'K');
        }
    }

    @Test
    void summarisesTheEvaluationsOfTheYear() {
        JsonNode summary =
                api.get("/api/v1/reports/project-years/2017/evaluations").json();

        assertThat(summary.path("evaluations").asInt()).isEqualTo(2);
        assertThat(summary.path("heardVia").path("SUPPORT_WORKER").asInt()).isEqualTo(1);
        assertThat(summary.path("heardVia").path("CENTRE").asInt()).isEqualTo(1);
        assertThat(summary.path("wouldJoinAgain").path("rate").decimalValue()).isEqualByComparingTo("0.5");
    }

    @Test
    void answersTheEvaluationSummaryAsCsv() {
        Api.Response csv = api.get("/api/v1/reports/project-years/2017/evaluations", "Accept", "text/csv");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains("2017,TOTAL,,,2,1,1,0,1,0,1,1,0,0.5000");
    }

    @Test
    void answersNotFoundForAYearWithoutProgrammeOrActivities() {
        Api.Response response = api.get("/api/v1/reports/project-years/2090");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.problemType()).isEqualTo("not-found");
    }

    @Test
    void answersNotAcceptableForAnUnsupportedFormat() {
        Api.Response response = api.get("/api/v1/reports/project-years/2017", "Accept", "application/pdf");

        assertThat(response.status()).isEqualTo(406);
    }
}
