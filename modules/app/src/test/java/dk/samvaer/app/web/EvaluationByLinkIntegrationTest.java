package dk.samvaer.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvaer.app.support.ApiIntegrationTest;
import dk.samvaer.app.support.Browser;
import dk.samvaer.kernel.Denmark;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A participant answers through the activity's public evaluation link, without signing in (issue 16): only the
 * activity's current link, once it was held and for two weeks after; no session, no personal data.
 */
class EvaluationByLinkIntegrationTest extends ApiIntegrationTest {

    @Test
    void aParticipantAnswersAHeldActivityThroughItsLinkAndTheAnswerIsCounted() {
        String activity = heldActivity(LocalDate.now(Denmark.ZONE).minusDays(1));
        String link = link(activity);
        Browser phone = new Browser(port);

        Browser.Page form = phone.get(link);
        Browser.Page thanks = phone.post(link, Map.of("heardVia", "FRIEND", "wouldJoinAgain", "true"));

        assertThat(form.html()).contains("Hvordan hørte du om aktiviteten?", "Fra en ven");
        assertThat(thanks.html()).contains("Tak for dit svar!");
        assertThat(evaluationsOf(activity)).isEqualTo(1);
    }

    @Test
    void theEvaluationPageKeepsNoSessionAndNoCookieButItsCsrfToken() {
        String link = link(heldActivity(LocalDate.now(Denmark.ZONE).minusDays(1)));

        List<String> cookies = new Browser(port).cookiesSetBy(link);

        assertThat(cookies).allMatch(cookie -> cookie.startsWith("XSRF-TOKEN="));
    }

    @Test
    void beforeTheActivityWasHeldThePageSaysWhenItOpensAndTakesNoAnswer() {
        String activity = plannedActivity();
        String link = link(activity);
        Browser phone = new Browser(port);

        Browser.Page page = phone.get(link);
        Browser.Page refused = phone.post(link, Map.of("wouldJoinAgain", "true"));

        assertThat(page.html()).contains("Evalueringen er ikke åben endnu");
        assertThat(refused.html()).doesNotContain("Tak for dit svar");
        assertThat(evaluationsOf(activity)).isZero();
    }

    @Test
    void twoWeeksAfterTheActivityTheEvaluationIsClosed() {
        String link = link(heldActivity(LocalDate.now(Denmark.ZONE).minusDays(20)));

        assertThat(new Browser(port).get(link).html()).contains("Evalueringen er lukket");
    }

    @Test
    void anUnknownLinkGetsADanishPageNotAnError() {
        Browser.Page page = new Browser(port).get("/e/ikke-et-rigtigt-link");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.html()).contains("Linket virker ikke");
    }

    @Test
    void aNewLinkReplacesTheOldOneWhichThenLeadsNowhere() {
        String activity = heldActivity(LocalDate.now(Denmark.ZONE).minusDays(1));
        String old = link(activity);

        assertThat(api.post("/api/v1/activities/" + activity + "/evaluation-link", "")
                        .status())
                .isEqualTo(204);

        assertThat(link(activity)).isNotEqualTo(old);
        assertThat(new Browser(port).get(old).status()).isEqualTo(404);
    }

    private String link(String activity) {
        return api.get("/api/v1/activities/" + activity)
                .json()
                .path("evaluationLink")
                .asString();
    }

    private String plannedActivity() {
        return activityAt(centreIn("621"), LocalDate.now(Denmark.ZONE).plusDays(3) + "T10:00:00+01:00");
    }

    private String heldActivity(LocalDate heldOn) {
        String activity = activityAt(centreIn("621"), heldOn + "T10:00:00+01:00");
        logbook(activity, heldOn.toString(), 8, 2, 3);
        return activity;
    }
}
