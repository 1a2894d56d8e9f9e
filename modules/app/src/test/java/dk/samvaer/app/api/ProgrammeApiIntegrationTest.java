package dk.samvaer.app.api;

import static dk.samvaer.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samvaer.app.support.Api;
import dk.samvaer.app.support.ApiIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgrammeApiIntegrationTest extends ApiIntegrationTest {

    @Test
    void listsAllNinetyEightMunicipalitiesWithCodesAndRegions() {
        Api.Response response = api.get("/api/v1/municipalities?size=100");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("items")).hasSize(98);
        assertThat(response.json().path("totalItems").asLong()).isEqualTo(98);
        assertThat(response.body())
                .contains("{\"code\":\"621\",\"name\":\"Kolding\",\"region\":\"Region Syddanmark\"}")
                .contains("\"code\":\"217\",\"name\":\"Helsingør\"");
    }

    @Test
    void registersACentreAndReturnsItsLocation() {
        Api.Response created = api.post("/api/v1/centres", json("municipalityCode", "510", "name", "Værestedet"));

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().path("id").asString();
        assertThat(created.header("Location")).endsWith("/api/v1/centres/" + id);
        Api.Response centre = api.get("/api/v1/centres/" + id);
        assertThat(centre.json().path("municipalityName").asString()).isEqualTo("Haderslev");
    }

    @Test
    void listsTheCentresOfOneMunicipality() {
        String centre = centreIn("461");

        Api.Response list = api.get("/api/v1/centres?municipalityCode=461");

        assertThat(list.json().path("items").findValuesAsString("id")).contains(centre);
        assertThat(list.json().path("items").findValuesAsString("municipalityCode"))
                .containsOnly("461");
    }

    @Test
    void refusesACentreInAMunicipalityThatDoesNotExist() {
        Api.Response response = api.post("/api/v1/centres", json("municipalityCode", "999", "name", "Værestedet"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.problemType()).isEqualTo("unknown-reference");
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void refusesACentreWithAMalformedCodeAndNoName() {
        Api.Response response = api.post("/api/v1/centres", json("municipalityCode", "62", "name", ""));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.problemType()).isEqualTo("validation");
        assertThat(response.json().path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("municipalityCode", "name");
    }

    @Test
    void answersNotFoundForAnUnknownCentre() {
        Api.Response response = api.get("/api/v1/centres/7b7e3c55-0000-4000-8000-000000000000");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.problemType()).isEqualTo("not-found");
    }

    @Test
    void createsAProjectYearWithArmsAndShowsIt() {
        Api.Response created = api.post(
                "/api/v1/project-years",
                json(
                        "year",
                        2011,
                        "municipalities",
                        List.of(
                                Map.of("municipalityCode", "621", "arm", "TEST"),
                                Map.of("municipalityCode", "479", "arm", "CONTROL"))));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/v1/project-years/2011");
        Api.Response year = api.get("/api/v1/project-years/2011");
        assertThat(year.json().path("municipalities").findValuesAsString("arm")).containsExactly("CONTROL", "TEST");
    }

    @Test
    void refusesToCreateTheSameProjectYearTwice() {
        String body = json("year", 2012, "municipalities", List.of(Map.of("municipalityCode", "621", "arm", "TEST")));
        assertThat(api.post("/api/v1/project-years", body).status()).isEqualTo(201);

        Api.Response again = api.post("/api/v1/project-years", body);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problemType()).isEqualTo("already-exists");
    }

    @Test
    void enrolsAnotherMunicipalityButNotTwice() {
        api.post(
                "/api/v1/project-years",
                json("year", 2013, "municipalities", List.of(Map.of("municipalityCode", "621", "arm", "TEST"))));

        Api.Response enrolled = api.post(
                "/api/v1/project-years/2013/municipalities", json("municipalityCode", "217", "arm", "CONTROL"));
        Api.Response twice =
                api.post("/api/v1/project-years/2013/municipalities", json("municipalityCode", "217", "arm", "TEST"));

        assertThat(enrolled.status()).isEqualTo(204);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.problemType()).isEqualTo("rule/municipality-already-enrolled");
    }

    @Test
    void refusesAnUnknownArm() {
        Api.Response response = api.post(
                "/api/v1/project-years",
                json("year", 2014, "municipalities", List.of(Map.of("municipalityCode", "621", "arm", "PLACEBO"))));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.problemType()).isEqualTo("malformed-request");
    }

    @Test
    void answersNotFoundForAnUnknownProjectYear() {
        assertThat(api.get("/api/v1/project-years/2099").status()).isEqualTo(404);
        assertThat(api.post("/api/v1/project-years/2098/municipalities", json("municipalityCode", "217", "arm", "TEST"))
                        .status())
                .isEqualTo(404);
    }
}
