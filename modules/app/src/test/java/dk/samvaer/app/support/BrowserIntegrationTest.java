package dk.samvaer.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Tests that drive the pages in Debian's Chromium: one browser for the class (skipped with one line where there is
 * none), people signed in through the sign-in page, and a screenshot plus an axe-core check of a page.
 */
public abstract class BrowserIntegrationTest extends ApiIntegrationTest {

    protected static Chromium chromium;

    @BeforeAll
    static void startChromium() {
        chromium = Chromium.launch();
    }

    @AfterAll
    static void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** A new browser window this wide, with the person signed in and on their start page. */
    protected Page signedIn(String person, int width) {
        Page page = chromium.page(width);
        page.navigate(url("/login"));
        page.getByLabel("Brugernavn").fill(person);
        page.getByLabel("Adgangskode").fill(TestPeople.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ind"))
                .click();
        page.waitForURL(address -> !address.contains("/login"));
        return page;
    }

    /** Screenshots the page under {@code target/screenshots} and finds no serious or critical violation in it. */
    protected static void check(Page page, String name) {
        Chromium.screenshot(page, name);
        assertThat(Chromium.seriousViolations(page)).as(name).isEmpty();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }
}
