package dk.samvaer.app.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.samvaer.app.support.BrowserIntegrationTest;
import dk.samvaer.app.support.Chromium;
import dk.samvaer.app.support.TestPeople;
import dk.samvaer.kernel.Denmark;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A staff member on a phone, in Debian's Chromium (issue 16): signs in, plans an activity, records its logbook; every
 * page is screenshot at 360 and 1280 px under target/screenshots and checked with axe-core.
 */
class StaffInTheBrowserIntegrationTest extends BrowserIntegrationTest {

    /** Kolding's staff member, on the activity list. */
    private Page signedIn(int width) {
        Page page = signedIn(TestPeople.STAFF_KOLDING, width);
        assertThat(page).hasURL(url("/aktiviteter"));
        return page;
    }

    @Test
    void aStaffMemberPlansAnActivityAndRecordsItsLogbookOnAPhone() {
        String centre = centreIn("621");
        Page page = signedIn(Chromium.PHONE);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Planlæg en aktivitet"))
                .click();
        page.getByLabel("Værested", new Page.GetByLabelOptions().setExact(true)).selectOption(centre);
        page.getByLabel("Titel").fill("Minigolf i parken");
        page.getByLabel("Sport og bevægelse").check();
        page.getByLabel("Ude af huset").check();
        page.getByLabel("Dato", new Page.GetByLabelOptions().setExact(true)).fill("2025-06-12");
        page.getByLabel("Klokkeslæt").fill("13:30");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Planlæg aktiviteten"))
                .click();
        assertThat(page.getByText("Aktiviteten er planlagt.")).isVisible();

        page.getByLabel("Dato for afholdelse").fill("2025-06-12");
        page.getByLabel("Antal deltagere").fill("12");
        page.getByLabel("Heraf nye deltagere").fill("14");
        page.getByLabel("Heraf tidligere hjemløse").fill("6");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem logbogen"))
                .click();
        assertThat(page.getByText("Tallet kan ikke være større end antallet af deltagere"))
                .isVisible();
        assertThat(page.getByLabel("Antal deltagere")).hasValue("12");
        Chromium.screenshot(page, "logbog-med-fejl");

        page.getByLabel("Heraf nye deltagere").fill("4");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem logbogen"))
                .click();
        assertThat(page.getByText("Logbogen er gemt. Tak!")).isVisible();
        assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("Første logbog")))
                .isVisible();
        page.context().close();
    }

    @Test
    void aParticipantOpensTheQrLinkOnAPhoneAndAnswers() {
        String centre = centreIn("621");
        LocalDate yesterday = LocalDate.now(Denmark.ZONE).minusDays(1);
        String activity = activityAt(centre, yesterday + "T10:00:00+01:00");
        logbook(activity, yesterday.toString(), 9, 2, 4);
        Page staff = signedIn(Chromium.DESKTOP);
        staff.navigate(url("/aktiviteter/" + activity));
        assertThat(staff.getByAltText("QR-kode til evalueringen af aktiviteten"))
                .isVisible();
        String link = staff.locator("main a[href*='/e/']").getAttribute("href");
        staff.context().close();

        Page participant = chromium.page(Chromium.PHONE);
        participant.navigate(link);
        check(participant, "evaluering");
        participant.getByLabel("Fra en ven").check();
        participant.getByLabel("Ja").check();
        participant
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send mit svar"))
                .click();

        assertThat(participant.getByText("Tak for dit svar!")).isVisible();
        check(participant, "evaluering-tak");
        assertThat(participant.context().cookies()).allMatch(cookie -> cookie.name.equals("XSRF-TOKEN"));
        participant.context().close();
        assertThat(evaluationsOf(activity)).isEqualTo(1);
    }

    @Test
    void everyPageIsScreenshotAtPhoneAndDesktopWidthAndHasNoSeriousAccessibilityViolation() {
        String centre = centreIn("621");
        for (int width : new int[] {Chromium.PHONE, Chromium.DESKTOP}) {
            Page anonymous = chromium.page(width);
            anonymous.navigate(url("/login"));
            check(anonymous, "log-ind");
            anonymous.context().close();

            Page page = signedIn(width);
            check(page, "aktiviteter");
            page.navigate(url("/aktiviteter/ny"));
            check(page, "planlaeg");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Planlæg aktiviteten"))
                    .click();
            check(page, "planlaeg-med-fejl");
            page.getByLabel("Værested", new Page.GetByLabelOptions().setExact(true))
                    .selectOption(centre);
            page.getByLabel("Titel").fill("Brætspil");
            page.getByLabel("Spil", new Page.GetByLabelOptions().setExact(true)).check();
            page.getByLabel("På værestedet").check();
            page.getByLabel("Dato", new Page.GetByLabelOptions().setExact(true)).fill("2025-07-03");
            page.getByLabel("Klokkeslæt").fill("18:00");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Planlæg aktiviteten"))
                    .click();
            check(page, "aktivitet");
            page.navigate(url("/velkomster"));
            check(page, "velkomster");
            page.navigate(url("/velkomster/ny"));
            check(page, "velkomst");
            page.navigate(url("/synlighed"));
            check(page, "synlighed");
            page.navigate(url("/synlighed/ny"));
            check(page, "synlighed-ny");
            page.navigate(url("/aktiviteter/00000000-0000-0000-0000-000000000000"));
            check(page, "ikke-fundet");
            page.context().close();
        }
    }
}
