package dk.samvaer.app.web;

import static dk.samvaer.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samvaer.app.support.ApiIntegrationTest;
import dk.samvaer.app.support.Browser;
import dk.samvaer.app.support.TestPeople;
import dk.samvaer.kernel.Denmark;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The staff's record pages over HTTP (issue 16, item 2): registering the welcome of a new user and recording a
 * visibility action send the API's commands, so the reports count them; bad input gets a Danish message and stores
 * nothing; the scope is the API's.
 */
class StaffRecordsIntegrationTest extends ApiIntegrationTest {

    static final int YEAR = 2024;

    private Browser staff;
    private String centre;

    @BeforeEach
    void aStaffMemberOfKolding() {
        centre = centreIn("621");
        staff = new Browser(port);
        assertThat(staff.signIn(TestPeople.STAFF_KOLDING, TestPeople.PASSWORD).location())
                .endsWith("/");
    }

    @Test
    void aStaffMemberRegistersTheirOwnWelcomeAndTheBuddyReportCountsIt() {
        Browser.Page saved = welcome(welcomeForm(null));

        assertThat(saved.status()).as(saved.toString()).isEqualTo(302);
        assertThat(saved.location()).endsWith("/velkomster/ny?gemt&centreId=" + centre);
        JsonNode row = buddyReportRow();
        assertThat(row.path("welcomesByStaff").asInt()).isEqualTo(1);
        assertThat(row.path("welcomesPerMonth").get(2).asInt()).isEqualTo(1);
    }

    @Test
    void aWelcomeByATrainedBuddyOfTheCentreCountsAsTheBuddys() {
        String buddy = buddyAt(centre, "Ravnen", true);

        Browser.Page saved = welcome(welcomeForm(buddy));

        assertThat(saved.status()).as(saved.toString()).isEqualTo(302);
        assertThat(buddyReportRow().path("welcomesByBuddies").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/buddies/" + buddy).json().path("welcomes").asInt())
                .isEqualTo(1);
    }

    @Test
    void afterSavingTheFormIsShownAgainWithADanishConfirmationAndTheListShowsTheWelcome() {
        buddyAt(centre, "Uglen", true);
        Map<String, String> form = welcomeForm(null);
        form.put("welcomedOn", LocalDate.now(Denmark.ZONE).toString());
        String location = welcome(form).location();

        Browser.Page again = staff.get(location.substring(location.indexOf("/velkomster")));

        assertThat(again.html()).contains("Velkomsten er gemt.", "Uglen", "name=\"welcomedOn\"");
        assertThat(staff.get("/velkomster").html()).contains(centreName(), "af en medarbejder", "Fra en ven");
    }

    @Test
    void theWelcomeFormAsksNothingAboutTheNewcomer() {
        String form = staff.get("/velkomster/ny").html();

        assertThat(form).contains("Registrér en velkomst", "Hvem bød velkommen?");
        assertThat(form.toLowerCase()).doesNotContain("name=\"name\"", "name=\"cpr\"", "fødselsdato");
    }

    @Test
    void aWelcomeWithoutADateIsRefusedInDanishAndNothingIsStored() {
        Map<String, String> form = welcomeForm(null);
        form.put("welcomedOn", "");

        Browser.Page refused = welcome(form);

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html()).contains("Skriv den dato, den nye blev budt velkommen.", "aria-invalid=\"true\"");
        assertThat(welcomesAt(centre)).isZero();
    }

    @Test
    void aMalformedDateIsRefusedInDanishAndTheFormKeepsWhatWasTyped() {
        Map<String, String> form = welcomeForm(null);
        form.put("welcomedOn", "14/03/2024");

        Browser.Page refused = welcome(form);

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html()).contains("Skriv en dato", "value=\"14/03/2024\"");
        assertThat(welcomesAt(centre)).isZero();
    }

    @Test
    void aWelcomeInTheFutureIsRefusedInDanish() {
        Map<String, String> form = welcomeForm(null);
        form.put("welcomedOn", LocalDate.now(Denmark.ZONE).plusDays(2).toString());

        Browser.Page refused = welcome(form);

        assertThat(refused.html()).contains("Datoen kan ikke ligge i fremtiden.");
        assertThat(welcomesAt(centre)).isZero();
    }

    @Test
    void aBuddyOfAnotherCentreIsRefusedBesideTheChoiceOfBuddy() {
        String elsewhere = buddyAt(centreIn("621"), "Maagen", true);

        Browser.Page refused = welcome(welcomeForm(elsewhere));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html()).contains("Vælg en buddy fra det valgte værested");
        assertThat(welcomesAt(centre)).isZero();
    }

    @Test
    void aBuddyWhoHasNotCompletedTheCourseIsRefusedInDanish() {
        String buddy = buddyAt(centre, "Spurven", false);

        Browser.Page refused = welcome(welcomeForm(buddy));

        assertThat(refused.html()).contains("Buddyen har ikke gennemført buddykurset");
        assertThat(welcomesAt(centre)).isZero();
    }

    @Test
    void anUnknownCentreIsRefusedInDanish() {
        Map<String, String> form = welcomeForm(null);
        form.put("centreId", UUID.randomUUID().toString());

        Browser.Page refused = welcome(form);

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html()).contains("Vælg et af dine væresteder.");
    }

    @Test
    void aCentreIdThatIsNotAnIdIsRefusedInDanish() {
        Map<String, String> form = visibilityForm("OPEN_HOUSE");
        form.put("centreId", "ikke-et-id");

        Browser.Page refused = record(form);

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html()).contains("Vælg et af dine væresteder.", "Registrér synlighed");
    }

    @Test
    void aStaffMemberRecordsASocialMediaPostAndTheVisibilityReportCountsIt() {
        Map<String, String> form = visibilityForm("SOCIAL_MEDIA_POST");
        form.put("channel", "FACEBOOK");
        form.put("description", "Opslag om fisketuren");

        Browser.Page saved = record(form);

        assertThat(saved.status()).as(saved.toString()).isEqualTo(302);
        assertThat(saved.location()).endsWith("/synlighed/ny?gemt&centreId=" + centre);
        assertThat(visibilityReportRow()
                        .path("visibilityActions")
                        .path("SOCIAL_MEDIA_POST")
                        .asInt())
                .isEqualTo(1);
        assertThat(staff.get("/synlighed").html())
                .contains("Opslag på sociale medier på Facebook", "Opslag om fisketuren");
    }

    @Test
    void aPosterIsRecordedForAnActivityOfTheCentre() {
        String activity = activityAt(centre, YEAR + "-04-20T10:00:00+02:00");
        Map<String, String> form = visibilityForm("POSTER");
        form.put("activityId", activity);

        Browser.Page saved = record(form);

        assertThat(saved.status()).as(saved.toString()).isEqualTo(302);
        assertThat(visibilityReportRow()
                        .path("visibilityActions")
                        .path("POSTER")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void aPosterWithoutAnActivityIsRefusedBesideTheActivityAndNothingIsStored() {
        Browser.Page refused = record(visibilityForm("POSTER"));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html()).contains("Vælg den aktivitet, plakaten var til.", "aria-invalid=\"true\"");
        assertThat(visibilityActionsAt(centre)).isZero();
    }

    @Test
    void aPosterForAnActivityOfAnotherCentreIsRefusedInDanish() {
        String elsewhere = activityAt(centreIn("621"), YEAR + "-04-20T10:00:00+02:00");
        Map<String, String> form = visibilityForm("POSTER");
        form.put("activityId", elsewhere);

        Browser.Page refused = record(form);

        assertThat(refused.html()).contains("Vælg en aktivitet på det valgte værested.");
        assertThat(visibilityActionsAt(centre)).isZero();
    }

    @Test
    void aChannelForAnOpenHouseIsRefusedAndTheFormKeepsWhatWasTyped() {
        Map<String, String> form = visibilityForm("OPEN_HOUSE");
        form.put("channel", "INSTAGRAM");
        form.put("description", "Kaffe og kage");

        Browser.Page refused = record(form);

        assertThat(refused.html())
                .contains("Vælg kun en kanal ved opslag på sociale medier.", "Kaffe og kage")
                .containsPattern("value=\"INSTAGRAM\"\\s+selected");
        assertThat(visibilityActionsAt(centre)).isZero();
    }

    @Test
    void aVisibilityActionWithoutAKindOrADateIsRefusedInDanish() {
        Map<String, String> form = visibilityForm(null);
        form.put("takenOn", "");

        Browser.Page refused = record(form);

        assertThat(refused.html()).contains("Vælg, hvad værestedet gjorde.");
        assertThat(visibilityActionsAt(centre)).isZero();
    }

    @Test
    void staffOfAnotherMunicipalityCannotRegisterAWelcomeAtAKoldingCentre() {
        Browser svendborg = signedIn(TestPeople.STAFF_SVENDBORG);
        svendborg.get("/velkomster/ny");

        Browser.Page refused = svendborg.post("/velkomster", welcomeForm(null));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html()).contains("Vælg et af dine væresteder.");
        assertThat(welcomesAt(centre)).isZero();
    }

    @Test
    void staffOfAnotherMunicipalityCannotRecordVisibilityForAKoldingCentre() {
        Browser svendborg = signedIn(TestPeople.STAFF_SVENDBORG);
        svendborg.get("/synlighed/ny");

        Browser.Page refused = svendborg.post("/synlighed", visibilityForm("OPEN_HOUSE"));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html()).contains("Vælg et af dine væresteder.");
        assertThat(visibilityActionsAt(centre)).isZero();
    }

    @Test
    void staffOfAnotherMunicipalitySeeNeitherKoldingsBuddiesNorItsWelcomes() {
        buddyAt(centre, "Hejren", true);
        welcome(welcomeForm(null));
        String centreName = centreName();
        Browser svendborg = signedIn(TestPeople.STAFF_SVENDBORG);

        String form = svendborg.get("/velkomster/ny?centreId=" + centre).html();

        assertThat(form).doesNotContain("Hejren", centreName);
        assertThat(svendborg.get("/velkomster").html()).doesNotContain(centreName);
    }

    @Test
    void aPersonWhoIsNotSignedInIsSentToSignIn() {
        Browser anonymous = new Browser(port);

        for (String path : new String[] {"/velkomster", "/velkomster/ny", "/synlighed", "/synlighed/ny"}) {
            Browser.Page page = anonymous.get(path);
            assertThat(page.status()).as(path).isEqualTo(302);
            assertThat(page.location()).as(path).endsWith("/login");
        }
    }

    @Test
    void anAuditorMayNotRecordAndIsToldSoInDanish() {
        Browser auditor = signedIn(TestPeople.AUDITOR);

        Browser.Page page = auditor.get("/velkomster/ny");

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.html()).contains("Du har ikke adgang");
    }

    @Test
    void anAddressBelowThePagesThatNoPageAnswersGetsTheDanishNotFoundPage() {
        Browser.Page page = staff.get("/synlighed/noget-andet");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.html()).contains("Siden findes ikke");
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private Browser.Page welcome(Map<String, String> form) {
        staff.get("/velkomster/ny");
        return staff.post("/velkomster", form);
    }

    private Browser.Page record(Map<String, String> form) {
        staff.get("/synlighed/ny");
        return staff.post("/synlighed", form);
    }

    private Map<String, String> welcomeForm(String buddyId) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("centreId", centre);
        form.put("welcomedOn", YEAR + "-03-14");
        form.put("buddyId", buddyId == null ? "" : buddyId);
        form.put("heardVia", "FRIEND");
        form.put("_heardVia", "on");
        return form;
    }

    private Map<String, String> visibilityForm(String kind) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("centreId", centre);
        form.put("kind", kind);
        form.put("channel", "");
        form.put("activityId", "");
        form.put("takenOn", YEAR + "-04-02");
        form.put("description", "");
        return form;
    }

    private String centreName() {
        return api.get("/api/v1/centres/" + centre).json().path("name").asString();
    }

    private Browser signedIn(String person) {
        Browser browser = new Browser(port);
        assertThat(browser.signIn(person, TestPeople.PASSWORD).location()).endsWith("/");
        return browser;
    }

    /** Enrols a buddy at the centre through the API, trained (the course completed) or not, and returns its id. */
    private String buddyAt(String centreId, String handle, boolean trained) {
        String buddy = api.post("/api/v1/buddies", json("centreId", centreId, "handle", handle))
                .json()
                .path("id")
                .asString();
        if (trained) {
            assertThat(api.post(
                                    "/api/v1/buddies/" + buddy + "/course-completion",
                                    json("completedOn", YEAR + "-02-20", "hours", 3))
                            .status())
                    .isEqualTo(204);
        }
        return buddy;
    }

    private long welcomesAt(String centreId) {
        return api.get("/api/v1/welcomes?centreId=" + centreId)
                .json()
                .path("totalItems")
                .asLong();
    }

    private long visibilityActionsAt(String centreId) {
        return api.get("/api/v1/visibility-actions?centreId=" + centreId)
                .json()
                .path("totalItems")
                .asLong();
    }

    /** The buddy report's row of the centre; the report answers for a project year, so Kolding is enrolled in it. */
    private JsonNode buddyReportRow() {
        if (api.get("/api/v1/project-years/" + YEAR).status() == 404) {
            assertThat(api.post(
                                    "/api/v1/project-years",
                                    json(
                                            "year",
                                            YEAR,
                                            "municipalities",
                                            List.of(Map.of("municipalityCode", "621", "arm", "TEST"))))
                            .status())
                    .isEqualTo(201);
        }
        return api.get("/api/v1/reports/project-years/" + YEAR + "/buddies?municipalityCode=621")
                .json()
                .path("centres")
                .valueStream()
                .filter(row -> row.path("centreId").asString().equals(centre))
                .findFirst()
                .orElseThrow();
    }

    private JsonNode visibilityReportRow() {
        return api.get("/api/v1/reports/outreach/visibility?municipalityCode=621&from=" + YEAR + "-01-01&to=" + YEAR
                        + "-12-31")
                .json()
                .path("centres")
                .valueStream()
                .filter(row -> row.path("centreId").asString().equals(centre))
                .findFirst()
                .orElseThrow();
    }
}
