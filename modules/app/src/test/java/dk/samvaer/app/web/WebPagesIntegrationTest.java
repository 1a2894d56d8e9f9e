package dk.samvaer.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvaer.app.support.ApiIntegrationTest;
import dk.samvaer.app.support.Browser;
import dk.samvaer.app.support.TestKeys;
import dk.samvaer.app.support.TestPeople;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The web pages over HTTP, as a browser sends them (issue 16): sign-in, the same roles and scope as the API, and
 * forms whose refusals are Danish and store nothing. The browser tests (Chromium) drive the same pages on screen.
 */
class WebPagesIntegrationTest extends ApiIntegrationTest {

    private Browser staff;
    private String koldingCentre;

    @BeforeEach
    void aStaffMemberOfKolding() {
        koldingCentre = centreIn("621");
        staff = new Browser(port);
        assertThat(staff.signIn(TestPeople.STAFF_KOLDING, TestPeople.PASSWORD).location())
                .endsWith("/");
    }

    @Test
    void aPageAsksAPersonWhoIsNotSignedInToSignIn() {
        Browser.Page page = new Browser(port).get("/aktiviteter");

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/login");
    }

    @Test
    void theSignInPageIsDanish() {
        Browser.Page page = new Browser(port).get("/login");

        assertThat(page.html()).contains("lang=\"da\"", "Brugernavn", "Adgangskode", "Log ind");
    }

    @Test
    void aWrongPasswordShowsTheSignInPageAgainWithADanishMessage() {
        Browser browser = new Browser(port);
        Browser.Page answer = browser.signIn(TestPeople.STAFF_KOLDING, "wrong");

        assertThat(answer.location()).endsWith("/login?fejl");
        assertThat(browser.get("/login?fejl").html()).contains("Brugernavn eller adgangskode er forkert");
    }

    @Test
    void aStaffMemberPlansAnActivityAndRecordsItsLogbook() {
        String activity = plan("Fisketur ved havnen");

        Browser.Page recorded = staff.post(activity + "/logbog", logbook("2025-05-01", "18", "5", "9"));

        assertThat(recorded.location()).endsWith(activity + "?logbog");
        Browser.Page shown = staff.get(activity);
        assertThat(shown.html()).contains("Fisketur ved havnen", "Afholdt", "Første logbog", ">18<");
        assertThat(api.get("/api/v1" + activity.replace("/aktiviteter", "/activities"))
                        .json()
                        .path("logbook")
                        .path("participants")
                        .asInt())
                .isEqualTo(18);
    }

    @Test
    void moreNewParticipantsThanParticipantsAreRefusedBesideTheFieldInDanishAndNothingIsStored() {
        String activity = plan("Bordcurling");

        Browser.Page refused = staff.post(activity + "/logbog", logbook("2025-05-01", "4", "9", "1"));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html())
                .contains("Tallet kan ikke være større end antallet af deltagere")
                .contains("aria-invalid=\"true\"");
        assertThat(apiView(activity).path("status").asString()).isEqualTo("PLANNED");
    }

    @Test
    void aLetterInACountIsRefusedInDanishAndTheFormKeepsWhatWasTyped() {
        String activity = plan("Byvandring");

        Browser.Page refused = staff.post(activity + "/logbog", logbook("2025-05-01", "atten", "5", "9"));

        assertThat(refused.html()).contains("Skriv et helt tal.", "value=\"atten\"", "value=\"5\"");
        assertThat(apiView(activity).path("status").asString()).isEqualTo("PLANNED");
    }

    @Test
    void aHeldActivitysLogbookIsCorrectedWithAReasonAndTheHistoryKeepsBoth() {
        String activity = plan("Petanque");
        staff.post(activity + "/logbog", logbook("2025-05-01", "10", "2", "4"));
        staff.get(activity);

        Map<String, String> correction = logbook("2025-05-01", "12", "2", "4");
        correction.put("reason", "To kom senere");
        Browser.Page corrected = staff.post(activity + "/rettelse", withVersionOf(activity, correction));

        assertThat(corrected.location()).endsWith(activity + "?rettet");
        assertThat(staff.get(activity).html()).contains("Første logbog", "Rettelse", "To kom senere", ">12<");
        assertThat(apiView(activity).path("logbook").path("participants").asInt())
                .isEqualTo(12);
    }

    @Test
    void aCorrectionWithoutAReasonIsRefusedInDanishAndChangesNothing() {
        String activity = plan("Kortspil");
        staff.post(activity + "/logbog", logbook("2025-05-01", "10", "2", "4"));
        staff.get(activity);

        Browser.Page refused =
                staff.post(activity + "/rettelse", withVersionOf(activity, logbook("2025-05-01", "30", "2", "4")));

        assertThat(refused.html()).contains("Skriv en begrundelse.");
        assertThat(apiView(activity).path("logbook").path("participants").asInt())
                .isEqualTo(10);
    }

    @Test
    void aPlannedActivityIsCancelledWithAReason() {
        String activity = plan("Grillaften");
        staff.get(activity);

        Browser.Page cancelled = staff.post(
                activity + "/aflysning", withVersionOf(activity, new LinkedHashMap<>(Map.of("reason", "Regnvejr"))));

        assertThat(cancelled.location()).endsWith(activity + "?aflyst");
        assertThat(staff.get(activity).html()).contains("Aflyst", "Regnvejr");
        assertThat(apiView(activity).path("status").asString()).isEqualTo("CANCELLED");
    }

    @Test
    void aPageLeftOpenWhileSomeoneElseCorrectedTheLogbookCannotOverwriteIt() {
        String activity = plan("Stavgang");
        staff.post(activity + "/logbog", logbook("2025-05-01", "8", "1", "2"));
        staff.get(activity);
        Map<String, String> first = logbook("2025-05-01", "9", "1", "2");
        first.put("reason", "Én mere kom");
        Map<String, String> stale = withVersionOf(activity, logbook("2025-05-01", "20", "1", "2"));
        stale.put("reason", "Forkert tal");
        staff.post(activity + "/rettelse", withVersionOf(activity, first));
        staff.get(activity);

        Browser.Page refused = staff.post(activity + "/rettelse", stale);

        assertThat(refused.html()).contains("En anden har ændret aktiviteten");
        assertThat(apiView(activity).path("logbook").path("participants").asInt())
                .isEqualTo(9);
    }

    @Test
    void theListShowsPlannedActivitiesAndTheLatestHeldOnesNewestFirst() {
        String older = plan("Tidligere minigolf", "2025-04-01");
        staff.post(older + "/logbog", logbook("2025-04-01", "10", "2", "4"));
        String newer = plan("Nyere minigolf", "2025-04-02");
        staff.post(newer + "/logbog", logbook("2025-04-02", "10", "2", "4"));
        plan("Planlagt minigolf");

        String list = staff.get("/aktiviteter").html();

        assertThat(list).contains("Planlagt minigolf", "Nyere minigolf", "Tidligere minigolf");
        assertThat(list.indexOf("Nyere minigolf")).isLessThan(list.indexOf("Tidligere minigolf"));
    }

    @Test
    void planningWithoutATitleIsRefusedInDanish() {
        Map<String, String> form = planForm("");
        staff.get("/aktiviteter/ny");

        Browser.Page refused = staff.post("/aktiviteter", form);

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html()).contains("Giv aktiviteten en titel.");
    }

    @Test
    void anActivityOfAnotherMunicipalityDoesNotExistForTheStaffMember() {
        String activity = plan("Fællesspisning");
        Browser svendborg = new Browser(port);
        svendborg.signIn(TestPeople.STAFF_SVENDBORG, TestPeople.PASSWORD);

        Browser.Page page = svendborg.get(activity);

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.html()).contains("Siden findes ikke");
        assertThat(svendborg.get("/aktiviteter").html()).doesNotContain("Fællesspisning");
    }

    @Test
    void aCentreOfAnotherMunicipalityCannotBeChosen() {
        Browser svendborg = new Browser(port);
        svendborg.signIn(TestPeople.STAFF_SVENDBORG, TestPeople.PASSWORD);
        svendborg.get("/aktiviteter/ny");

        Browser.Page refused = svendborg.post("/aktiviteter", planForm("Minigolf"));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html()).contains("Vælg et af dine væresteder.");
    }

    @Test
    void anAuditorMayNotPlanActivitiesAndIsToldSoInDanish() {
        Browser auditor = new Browser(port);
        auditor.signIn(TestPeople.AUDITOR, TestPeople.PASSWORD);

        Browser.Page page = auditor.get("/aktiviteter");

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.html()).contains("Du har ikke adgang");
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() {
        Map<String, String> form = new LinkedHashMap<>(planForm("Uden token"));
        staff.get("/aktiviteter/ny");

        assertThat(staff.postExactly("/aktiviteter", form).status()).isEqualTo(403);
    }

    @Test
    void theApiDoesNotAcceptTheSessionCookie() {
        Browser.Page answer = staff.get("/api/v1/activities");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void thePagesDoNotAcceptAnApiKey() {
        Browser.Page page = new Browser(port).get("/aktiviteter", "X-API-Key", TestKeys.STAFF_KOLDING);

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/login");
    }

    @Test
    void signingOutEndsTheSession() {
        staff.get("/aktiviteter");

        assertThat(staff.post("/logout", Map.of()).location()).endsWith("/login?logget-ud");
        assertThat(staff.get("/aktiviteter").location()).endsWith("/login");
    }

    /** Plans an activity at Kolding's centre through the form and returns its page's path. */
    private String plan(String title) {
        return plan(title, "2025-05-01");
    }

    @Test
    void anAmountWithADecimalCommaIsReadAsKronerAndOere() {
        staff.get("/aktiviteter/ny");
        Map<String, String> form = planForm("Biograftur");
        form.put("costPerParticipant", "1.250,50");

        Browser.Page planned = staff.post("/aktiviteter", form);

        String location = planned.location();
        String activity = location.substring(location.indexOf("/aktiviteter/"), location.indexOf('?'));
        assertThat(apiView(activity).path("costPerParticipant").decimalValue()).isEqualByComparingTo("1250.50");
    }

    @Test
    void anAmountThatIsNotAnAmountIsRefusedBesideTheFieldInDanish() {
        staff.get("/aktiviteter/ny");
        Map<String, String> form = planForm("Biograftur");
        form.put("costPerParticipant", "femogtyve");

        Browser.Page refused = staff.post("/aktiviteter", form);

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html()).contains("Skriv beløbet i kroner, fx 25 eller 25,50.", "value=\"femogtyve\"");
    }

    private String plan(String title, String date) {
        staff.get("/aktiviteter/ny");
        Map<String, String> form = planForm(title);
        form.put("date", date);
        Browser.Page planned = staff.post("/aktiviteter", form);
        assertThat(planned.status()).as(planned.toString()).isEqualTo(302);
        String location = planned.location();
        return location.substring(location.indexOf("/aktiviteter/"), location.indexOf('?'));
    }

    private Map<String, String> planForm(String title) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("centreId", koldingCentre);
        form.put("title", title);
        form.put("category", "OUTDOOR");
        form.put("setting", "OFF_SITE");
        form.put("date", "2025-05-01");
        form.put("time", "10:00");
        form.put("description", "");
        form.put("transport", "");
        form.put("accessibilityNotes", "");
        form.put("costPerParticipant", "");
        return form;
    }

    private static Map<String, String> logbook(String heldOn, String participants, String fresh, String formerly) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("heldOn", heldOn);
        form.put("participants", participants);
        form.put("newParticipants", fresh);
        form.put("formerlyHomeless", formerly);
        return form;
    }

    /** The form with the version of the activity as it is now, as the page would send it. */
    private Map<String, String> withVersionOf(String pagePath, Map<String, String> form) {
        form.put("version", apiView(pagePath).path("version").asString());
        return form;
    }

    private tools.jackson.databind.JsonNode apiView(String pagePath) {
        return api.get("/api/v1" + pagePath.replace("/aktiviteter", "/activities"))
                .json();
    }
}
