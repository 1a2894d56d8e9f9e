package dk.samvaer.app.support;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright for Java, headless. Playwright downloads no browser
 * ({@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1}); without {@code /usr/bin/chromium} the browser tests are skipped with
 * one line that says so ({@code .ci/run} installs the package). Pages can be screenshot under
 * {@code target/screenshots/} and checked with axe-core.
 */
public final class Chromium implements AutoCloseable {

    public static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** A phone (360 px) and a desktop (1280 px). */
    public static final int PHONE = 360;

    public static final int DESKTOP = 1280;

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Chromium, or the test is skipped when the machine has none. */
    public static Chromium launch() {
        Assumptions.assumeTrue(
                Files.isExecutable(EXECUTABLE),
                "Chromium not found at " + EXECUTABLE + ": the browser tests are skipped (apt-get install chromium)");
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(EXECUTABLE)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update")));
        return new Chromium(playwright, browser);
    }

    /** A new browser of its own (cookies, session) with a window this wide. */
    public Page page(int width) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, width == PHONE ? 780 : 900)
                .setLocale("da-DK"));
        return context.newPage();
    }

    /** Writes a full-page screenshot, {@code target/screenshots/<name>-<width>.png}. */
    public static void screenshot(Page page, String name) {
        int width = page.viewportSize().width;
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + "-" + width + ".png"))
                .setFullPage(true));
    }

    /** The serious and critical accessibility violations axe-core finds on the page (WCAG 2.1 A and AA). */
    public static List<String> seriousViolations(Page page) {
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        return results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(Chromium::describe)
                .collect(Collectors.toList());
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget()))
                        .collect(Collectors.joining(", "));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
