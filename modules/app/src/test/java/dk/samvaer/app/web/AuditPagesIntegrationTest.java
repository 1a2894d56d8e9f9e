package dk.samvaer.app.web;

import static dk.samvaer.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samvaer.app.support.ApiIntegrationTest;
import dk.samvaer.app.support.Browser;
import dk.samvaer.app.support.TestKeys;
import dk.samvaer.app.support.TestPeople;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The auditors' page over HTTP (issue 16): the ledger's verdict, a checkpoint kept outside the system, and a year's
 * figures as they stood at the end of a day beside the figures now.
 */
class AuditPagesIntegrationTest extends ApiIntegrationTest {

    private static final int YEAR = 2021;
    private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");
    private static boolean recorded;

    @BeforeEach
    void aHeldActivityIn2021() {
        if (recorded) {
            return;
        }
        api.post(
                "/api/v1/project-years",
                json("year", YEAR, "municipalities", List.of(Map.of("municipalityCode", "621", "arm", "TEST"))));
        logbook(activityAt(centreIn("621"), "2021-05-01T10:00:00+02:00"), "2021-05-01", 17, 5, 8);
        recorded = true;
    }

    @Test
    void anAuditorSeesThatHistoryWasNotChanged() {
        Browser.Page page = auditor().get("/revision");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("Historikken er uændret", "Kædens hash ved den position");
    }

    @Test
    void aCheckpointThatDoesNotMatchIsSaidPlainly() {
        Browser.Page page = auditor().get("/revision?aar=" + YEAR + "&position=1&kaede=" + "0".repeat(64));

        assertThat(page.html()).contains("Dit kontrolpunkt stemmer IKKE med hovedbogen");
    }

    @Test
    void theFiguresOfADayBeforeTheActivityWasRecordedStandBesideTodaysAndShowTheChange() {
        LocalDate yesterday = LocalDate.now(DENMARK).minusDays(1);

        Browser.Page page = auditor().get("/revision?aar=" + YEAR + "&dato=" + yesterday);

        assertThat(page.html()).contains("Tallene dengang og nu", "Kolding", ">17<", ">Ja<");
    }

    @Test
    void aMalformedDateGetsADanishMessageBesideTheField() {
        Browser.Page page = auditor().get("/revision?aar=" + YEAR + "&dato=31-12-2021");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("Skriv datoen som åååå-mm-dd", "aria-invalid=\"true\"");
    }

    @Test
    void theFiguresOfADayDownloadAsTheAuditApisCsv() {
        LocalDate day = LocalDate.now(DENMARK).minusDays(1);
        Instant endOfDay = day.plusDays(1).atStartOfDay(DENMARK).toInstant();

        Browser.Page csv = auditor().get("/revision/tal.csv?aar=" + YEAR + "&dato=" + day);

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.html())
                .isEqualTo(api.as(TestKeys.AUDITOR)
                        .get("/api/v1/audit/project-years/" + YEAR + "/figures?asOf=" + endOfDay, "Accept", "text/csv")
                        .body());
    }

    @Test
    void aLeaderMayNotOpenTheAuditPage() {
        Browser leader = new Browser(port);
        leader.signIn(TestPeople.LEADER_KOLDING, TestPeople.PASSWORD);

        Browser.Page page = leader.get("/revision");

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.html()).contains("Du har ikke adgang");
    }

    private Browser auditor() {
        Browser browser = new Browser(port);
        browser.signIn(TestPeople.AUDITOR, TestPeople.PASSWORD);
        return browser;
    }
}
