package dk.samvaer.app.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.samvaer.app.support.BrowserIntegrationTest;
import dk.samvaer.app.support.Chromium;
import dk.samvaer.app.support.TestPeople;
import org.junit.jupiter.api.Test;

/**
 * The dashboard and the audit page in Debian's Chromium (issue 16): a staff member's corrected logbook changes the
 * dashboard, a leader of another municipality sees and changes none of it, and the dashboard and audit pages are
 * screenshot at 360 and 1280 px under target/screenshots and checked with axe-core.
 */
class LeadersInTheBrowserIntegrationTest extends BrowserIntegrationTest {

    private static final String KOLDING_2025 = "/oversigt?aar=2025&kommune=621";

    @Test
    void aStaffMemberCorrectsALogbookOnAPhoneAndSeesTheDashboardChange() {
        String activity = activityAt(centreIn("621"), "2025-09-04T10:00:00+02:00");
        Page page = signedIn(TestPeople.STAFF_KOLDING, Chromium.PHONE);
        page.navigate(url("/aktiviteter/" + activity));
        page.getByLabel("Dato for afholdelse").fill("2025-09-04");
        page.getByLabel("Antal deltagere").fill("10");
        page.getByLabel("Heraf nye deltagere").fill("2");
        page.getByLabel("Heraf tidligere hjemløse").fill("5");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem logbogen"))
                .click();
        assertThat(page.getByText("Logbogen er gemt. Tak!")).isVisible();
        page.navigate(url(KOLDING_2025));
        int before = totalParticipants(page);

        page.navigate(url("/aktiviteter/" + activity));
        Locator correction = page.locator("form[action$='/rettelse']");
        correction.getByLabel("Antal deltagere").fill("25");
        correction.getByLabel("Begrundelse").fill("Talte forkert: en hel gruppe kom senere");
        correction
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gem rettelsen"))
                .click();
        assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("Rettelse")))
                .isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Overblik"))
                .click();
        page.navigate(url(KOLDING_2025));

        assertThat(totalParticipants(page) - before).isEqualTo(15);
        check(page, "overblik-efter-rettelse");
        page.context().close();
    }

    @Test
    void aLeaderOfAnotherMunicipalityCannotSeeOrChangeKoldingsActivityOrFigures() {
        String activity = api.post(
                        "/api/v1/activities",
                        planJson(centreIn("621"), "2025-09-05T10:00:00+02:00", "title", "Kajaktur på fjorden"))
                .json()
                .path("id")
                .asString();
        Page page = signedIn(TestPeople.LEADER_SVENDBORG, Chromium.PHONE);

        page.navigate(url("/aktiviteter/" + activity));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Siden findes ikke")))
                .isVisible();
        page.navigate(url(KOLDING_2025));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Siden findes ikke")))
                .isVisible();
        page.navigate(url("/aktiviteter"));
        assertThat(page.getByText("Kajaktur på fjorden")).hasCount(0);
        page.navigate(url("/oversigt?aar=2025"));
        assertThat(page.locator("main")).not().containsText("Kolding");
        page.navigate(url("/revision"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Du har ikke adgang")))
                .isVisible();
        page.context().close();
        assertThat(api.get("/api/v1/activities/" + activity)
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("PLANNED");
    }

    @Test
    void theDashboardAndTheAuditPageAreScreenshotAndHaveNoSeriousAccessibilityViolation() {
        logbook(activityAt(centreIn("621"), "2025-09-06T10:00:00+02:00"), "2025-09-06", 8, 1, 3);
        for (int width : new int[] {Chromium.PHONE, Chromium.DESKTOP}) {
            Page leader = signedIn(TestPeople.LEADER_KOLDING, width);
            assertThat(leader).hasURL(url("/oversigt"));
            check(leader, "overblik");
            leader.context().close();

            Page admin = signedIn(TestPeople.ADMIN, width);
            admin.navigate(url("/oversigt?aar=2025"));
            check(admin, "overblik-alle-kommuner");
            admin.context().close();

            Page auditor = signedIn(TestPeople.AUDITOR, width);
            assertThat(auditor).hasURL(url("/revision"));
            check(auditor, "revision");
            auditor.navigate(url("/revision?aar=2025&dato=2025-13-01"));
            check(auditor, "revision-med-fejl");
            auditor.context().close();
        }
    }

    /** The total participants in the dashboard's Table 2: the total row's second figure. */
    private static int totalParticipants(Page page) {
        return Integer.parseInt(page.locator("#tabel-2 tr.total td.number")
                .nth(1)
                .textContent()
                .replace(".", "")
                .strip());
    }
}
