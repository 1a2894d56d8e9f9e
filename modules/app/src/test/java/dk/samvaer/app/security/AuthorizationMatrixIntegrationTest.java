package dk.samvaer.app.security;

import static dk.samvaer.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.samvaer.app.support.Api;
import dk.samvaer.app.support.ApiIntegrationTest;
import dk.samvaer.app.support.TestKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Every endpoint x every role x own / other municipality. Kolding (621) is "own" for the scoped keys; Svendborg (479)
 * is "other". Expected: 401 without credentials, 403 for a role the endpoint does not allow, 404 (no hint) for a
 * resource in another municipality, and lists and reports that hold only the caller's municipalities.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIntegrationTest extends ApiIntegrationTest {

    static final int YEAR = 2019;

    enum Caller {
        ANONYMOUS(null, false),
        PROGRAMME_ADMIN(TestKeys.ADMIN, false),
        AUDITOR(TestKeys.AUDITOR, false),
        MUNICIPAL_LEADER(TestKeys.LEADER_KOLDING, true),
        CENTRE_STAFF(TestKeys.STAFF_KOLDING, true),
        CASE_SYSTEM(TestKeys.CASE_SYSTEM_KOLDING, true);

        final String key;
        final boolean scopedToKolding;

        Caller(String key, boolean scopedToKolding) {
            this.key = key;
            this.scopedToKolding = scopedToKolding;
        }
    }

    static final Set<Caller> READ =
            Set.of(Caller.PROGRAMME_ADMIN, Caller.MUNICIPAL_LEADER, Caller.CENTRE_STAFF, Caller.AUDITOR);
    static final Set<Caller> WRITE = Set.of(Caller.PROGRAMME_ADMIN, Caller.MUNICIPAL_LEADER, Caller.CENTRE_STAFF);
    static final Set<Caller> LEADERS = Set.of(Caller.PROGRAMME_ADMIN, Caller.MUNICIPAL_LEADER);
    static final Set<Caller> ADMIN = Set.of(Caller.PROGRAMME_ADMIN);
    static final Set<Caller> AUDIT = Set.of(Caller.PROGRAMME_ADMIN, Caller.AUDITOR);
    static final Set<Caller> INGEST = Set.of(Caller.PROGRAMME_ADMIN, Caller.MUNICIPAL_LEADER, Caller.CASE_SYSTEM);
    static final Set<Caller> ERASE = Set.of(Caller.PROGRAMME_ADMIN, Caller.CASE_SYSTEM);
    static final Set<Caller> POSTINGS_READ =
            Set.of(Caller.PROGRAMME_ADMIN, Caller.MUNICIPAL_LEADER, Caller.CASE_SYSTEM, Caller.AUDITOR);
    static final Set<Caller> COLLABORATION_READ =
            Set.of(Caller.PROGRAMME_ADMIN, Caller.MUNICIPAL_LEADER, Caller.AUDITOR);

    /** What a request touches: nothing municipal, a resource of one municipality, or a list of many. */
    enum Kind {
        REFERENCE,
        RESOURCE,
        LIST
    }

    /** The data of one municipality that a request is aimed at. */
    record Target(
            String code,
            String centre,
            String activity,
            String evaluation,
            String group,
            String seat,
            String meeting,
            String followUp,
            String buddy,
            String escort,
            String referral,
            String webhook) {

        String groupPath() {
            return "/api/v1/collaboration-groups/" + group;
        }

        String meetingPath() {
            return groupPath() + "/meetings/" + meeting;
        }

        String buddyPath() {
            return "/api/v1/buddies/" + buddy;
        }

        String webhookPath() {
            return "/api/v1/webhooks/" + webhook;
        }
    }

    record Endpoint(
            String method,
            String pattern,
            Set<Caller> allowed,
            Kind kind,
            int otherMunicipalityStatus,
            Function<Target, Api.Request> request) {}

    private Target kolding;
    private Target svendborg;
    private List<Endpoint> endpoints;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @BeforeAll
    void createOneOfEverythingInKoldingAndSvendborg() {
        connect();
        api.post(
                "/api/v1/project-years",
                json(
                        "year",
                        YEAR,
                        "municipalities",
                        List.of(
                                Map.of("municipalityCode", "621", "arm", "TEST"),
                                Map.of("municipalityCode", "479", "arm", "CONTROL"))));
        kolding = heldActivityIn("621");
        svendborg = heldActivityIn("479");
        endpoints = endpoints();
    }

    private Target heldActivityIn(String code) {
        String centre = centreIn(code);
        String activity = activityAt(centre, YEAR + "-05-01T10:00:00+02:00");
        logbook(activity, YEAR + "-05-01", 10, 2, 5);
        String evaluation = api.post(
                        "/api/v1/activities/" + activity + "/evaluations",
                        json("heardVia", List.of("CENTRE"), "wouldJoinAgain", true))
                .json()
                .path("id")
                .asString();
        String group = api.post("/api/v1/collaboration-groups", json("municipalityCode", code, "level", "STAFF"))
                .json()
                .path("id")
                .asString();
        String seat = api.post(
                        "/api/v1/collaboration-groups/" + group + "/members",
                        json("organisationType", "SHELTER", "roleTitle", "Leder", "displayName", "Mette"))
                .json()
                .path("id")
                .asString();
        String meeting = api.post("/api/v1/collaboration-groups/" + group + "/meetings", scheduleBody())
                .json()
                .path("id")
                .asString();
        String followUp = api.post(
                        "/api/v1/collaboration-groups/" + group + "/meetings/" + meeting + "/held", heldBody())
                .json()
                .path("followUps")
                .get(0)
                .path("id")
                .asString();
        String buddy = api.post("/api/v1/buddies", json("centreId", centre, "handle", "Ravnen"))
                .json()
                .path("id")
                .asString();
        api.post("/api/v1/buddies/" + buddy + "/course-completion", json("completedOn", YEAR + "-02-20", "hours", 3));
        Api poster = code.equals("621") ? api.as(TestKeys.CASE_SYSTEM_KOLDING) : api;
        String escort = poster.post("/api/v1/escorts", escortBody(code, centre))
                .json()
                .path("id")
                .asString();
        String referral = poster.post("/api/v1/referrals", referralBody(code, centre))
                .json()
                .path("id")
                .asString();
        await().atMost(java.time.Duration.ofSeconds(5))
                .until(() -> api.get("/api/v1/referrals/" + referral).status() == 200);
        return new Target(
                code,
                centre,
                activity,
                evaluation,
                group,
                seat,
                meeting,
                followUp,
                buddy,
                escort,
                referral,
                webhook(code));
    }

    /** A webhook subscription of the municipality, made by the admin, to a port where nothing listens. */
    private String webhook(String code) {
        Api.Response created = api.post("/api/v1/webhooks", webhookBody(code));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    private static String webhookBody(String code) {
        return json(
                "url",
                "http://127.0.0.1:9/matrix",
                "eventTypes",
                List.of("ActivityCancelled"),
                "municipalityCodes",
                List.of(code));
    }

    private static final java.util.concurrent.atomic.AtomicInteger POSTINGS =
            new java.util.concurrent.atomic.AtomicInteger();

    private static String posting() {
        return "M-" + POSTINGS.incrementAndGet();
    }

    private static String escortBody(String code, String centre) {
        return json(
                "sourceSystem",
                "matrix",
                "externalId",
                posting(),
                "municipalityCode",
                code,
                "service",
                "SECTION_99",
                "citizenRef",
                "matrix:1",
                "centreId",
                centre,
                "escortedOn",
                YEAR + "-05-01");
    }

    private static String referralBody(String code, String centre) {
        return json(
                "sourceSystem",
                "matrix",
                "externalId",
                posting(),
                "municipalityCode",
                code,
                "service",
                "AUTHORITY",
                "citizenRef",
                "matrix:2",
                "centreId",
                centre,
                "referredOn",
                YEAR + "-04-20");
    }

    private static String resultBody(String field) {
        return json("sourceSystem", "matrix", "externalId", posting(), field, YEAR + "-04-25", "reason", "Matrix");
    }

    private static String scheduleBody() {
        return json(
                "scheduledFor",
                YEAR + "-03-04",
                "coordinator",
                Map.of("organisationType", "DROP_IN_CENTRE"),
                "purpose",
                "Escort routines",
                "agenda",
                List.of("Welcome"));
    }

    private static String heldBody() {
        return json(
                "heldOn",
                YEAR + "-03-04",
                "attendingOrganisationTypes",
                List.of("DROP_IN_CENTRE"),
                "followUps",
                List.of(Map.of(
                        "description",
                        "Poster",
                        "owner",
                        Map.of("organisationType", "SHELTER"),
                        "dueOn",
                        YEAR + "-04-01")));
    }

    private static String logbookBody() {
        return json("heldOn", YEAR + "-05-01", "participants", 10, "newParticipants", 2, "formerlyHomeless", 5);
    }

    private List<Endpoint> endpoints() {
        String activity = "/api/v1/activities/";
        return List.of(
                new Endpoint(
                        "GET",
                        "/api/v1/municipalities",
                        READ,
                        Kind.REFERENCE,
                        0,
                        t -> Api.Request.get("/api/v1/municipalities")),
                new Endpoint(
                        "POST",
                        "/api/v1/centres",
                        LEADERS,
                        Kind.RESOURCE,
                        403,
                        t -> Api.Request.post("/api/v1/centres", json("municipalityCode", t.code(), "name", "Nyt"))),
                new Endpoint("GET", "/api/v1/centres", READ, Kind.LIST, 0, t -> Api.Request.get("/api/v1/centres")),
                new Endpoint(
                        "GET",
                        "/api/v1/centres/{id}",
                        READ,
                        Kind.RESOURCE,
                        404,
                        t -> Api.Request.get("/api/v1/centres/" + t.centre())),
                new Endpoint(
                        "POST",
                        "/api/v1/project-years",
                        ADMIN,
                        Kind.REFERENCE,
                        0,
                        t -> Api.Request.post(
                                "/api/v1/project-years",
                                json(
                                        "year",
                                        2077,
                                        "municipalities",
                                        List.of(Map.of("municipalityCode", "621", "arm", "TEST"))))),
                new Endpoint(
                        "POST",
                        "/api/v1/project-years/{year}/municipalities",
                        ADMIN,
                        Kind.REFERENCE,
                        0,
                        t -> Api.Request.post(
                                "/api/v1/project-years/" + YEAR + "/municipalities",
                                json("municipalityCode", "101", "arm", "CONTROL"))),
                new Endpoint(
                        "GET",
                        "/api/v1/project-years",
                        READ,
                        Kind.LIST,
                        0,
                        t -> Api.Request.get("/api/v1/project-years")),
                new Endpoint(
                        "GET",
                        "/api/v1/project-years/{year}",
                        READ,
                        Kind.LIST,
                        0,
                        t -> Api.Request.get("/api/v1/project-years/" + YEAR)),
                new Endpoint(
                        "POST",
                        "/api/v1/activities",
                        WRITE,
                        Kind.RESOURCE,
                        422,
                        t -> Api.Request.post(
                                "/api/v1/activities", planJson(t.centre(), YEAR + "-06-01T18:00:00+02:00"))),
                new Endpoint(
                        "GET", "/api/v1/activities", READ, Kind.LIST, 0, t -> Api.Request.get("/api/v1/activities")),
                new Endpoint(
                        "GET",
                        "/api/v1/activities/{id}",
                        READ,
                        Kind.RESOURCE,
                        404,
                        t -> Api.Request.get(activity + t.activity())),
                new Endpoint(
                        "POST",
                        "/api/v1/activities/{id}/logbook",
                        WRITE,
                        Kind.RESOURCE,
                        404,
                        t -> Api.Request.post(activity + t.activity() + "/logbook", logbookBody())),
                new Endpoint(
                        "PUT",
                        "/api/v1/activities/{id}/logbook",
                        WRITE,
                        Kind.RESOURCE,
                        404,
                        t -> Api.Request.put(
                                activity + t.activity() + "/logbook",
                                json(
                                        "heldOn",
                                        YEAR + "-05-01",
                                        "participants",
                                        10,
                                        "newParticipants",
                                        2,
                                        "formerlyHomeless",
                                        5,
                                        "reason",
                                        "Matrix test"))),
                new Endpoint(
                        "GET",
                        "/api/v1/activities/{id}/logbook",
                        READ,
                        Kind.RESOURCE,
                        404,
                        t -> Api.Request.get(activity + t.activity() + "/logbook")),
                new Endpoint(
                        "POST",
                        "/api/v1/activities/{id}/cancellation",
                        WRITE,
                        Kind.RESOURCE,
                        404,
                        t -> Api.Request.post(activity + t.activity() + "/cancellation", json("reason", "Matrix"))),
                new Endpoint(
                        "GET",
                        "/api/v1/activities/{id}/poster",
                        WRITE,
                        Kind.RESOURCE,
                        404,
                        t -> Api.Request.get(activity + t.activity() + "/poster")),
                new Endpoint(
                        "POST",
                        "/api/v1/activities/{id}/evaluation-link",
                        WRITE,
                        Kind.RESOURCE,
                        404,
                        t -> Api.Request.post(activity + t.activity() + "/evaluation-link", "")),
                new Endpoint(
                        "POST",
                        "/api/v1/activities/{id}/evaluations",
                        WRITE,
                        Kind.RESOURCE,
                        404,
                        t -> Api.Request.post(
                                activity + t.activity() + "/evaluations",
                                json("heardVia", List.of("FRIEND"), "wouldJoinAgain", true))),
                new Endpoint(
                        "GET",
                        "/api/v1/activities/{id}/evaluations/{evaluationId}",
                        READ,
                        Kind.RESOURCE,
                        404,
                        t -> Api.Request.get(activity + t.activity() + "/evaluations/" + t.evaluation())),
                new Endpoint(
                        "GET",
                        "/api/v1/reports/project-years/{year}",
                        READ,
                        Kind.LIST,
                        0,
                        t -> Api.Request.get("/api/v1/reports/project-years/" + YEAR)),
                new Endpoint(
                        "GET",
                        "/api/v1/reports/project-years/{year}/evaluations",
                        READ,
                        Kind.LIST,
                        0,
                        t -> Api.Request.get("/api/v1/reports/project-years/" + YEAR + "/evaluations")),
                new Endpoint(
                        "GET",
                        "/api/v1/reports/project-years/{year}/strands",
                        READ,
                        Kind.LIST,
                        0,
                        t -> Api.Request.get("/api/v1/reports/project-years/" + YEAR + "/strands")),
                new Endpoint(
                        "GET",
                        "/api/v1/reports/project-years/{year}/collaboration",
                        READ,
                        Kind.LIST,
                        0,
                        t -> Api.Request.get("/api/v1/reports/project-years/" + YEAR + "/collaboration")),
                new Endpoint(
                        "GET",
                        "/api/v1/reports/project-years/{year}/buddies",
                        READ,
                        Kind.LIST,
                        0,
                        t -> Api.Request.get("/api/v1/reports/project-years/" + YEAR + "/buddies")),
                new Endpoint(
                        "GET",
                        "/api/v1/reports/project-years/{year}/comparison",
                        READ,
                        Kind.LIST,
                        0,
                        t -> Api.Request.get("/api/v1/reports/project-years/" + YEAR + "/comparison")),
                new Endpoint(
                        "GET",
                        "/api/v1/reports/self-assessments",
                        READ,
                        Kind.LIST,
                        0,
                        t -> Api.Request.get("/api/v1/reports/self-assessments")),
                new Endpoint(
                        "GET",
                        "/api/v1/reports/trends",
                        READ,
                        Kind.LIST,
                        0,
                        t -> Api.Request.get("/api/v1/reports/trends?from=" + YEAR + "&to=" + YEAR)),
                // collaboration
                new Endpoint(
                        "POST",
                        "/api/v1/collaboration-groups",
                        LEADERS,
                        Kind.RESOURCE,
                        403,
                        t -> Api.Request.post(
                                "/api/v1/collaboration-groups",
                                json("municipalityCode", t.code(), "level", "LEADERSHIP"))),
                new Endpoint(
                        "GET",
                        "/api/v1/collaboration-groups",
                        COLLABORATION_READ,
                        Kind.LIST,
                        0,
                        t -> Api.Request.get("/api/v1/collaboration-groups")),
                new Endpoint(
                        "GET",
                        "/api/v1/collaboration-groups/{id}",
                        COLLABORATION_READ,
                        Kind.RESOURCE,
                        404,
                        t -> Api.Request.get(t.groupPath())),
                new Endpoint(
                        "POST",
                        "/api/v1/collaboration-groups/{id}/members",
                        LEADERS,
                        Kind.RESOURCE,
                        404,
                        t -> Api.Request.post(
                                t.groupPath() + "/members",
                                json("organisationType", "AUTHORITY", "roleTitle", "Sagsbehandler"))),
                new Endpoint(
                        "DELETE",
                        "/api/v1/collaboration-groups/{id}/members/{seatId}/display-name",
                        LEADERS,
                        Kind.RESOURCE,
                        404,
                        t -> Api.Request.delete(t.groupPath() + "/members/" + t.seat() + "/display-name")),
                new Endpoint(
                        "POST",
                        "/api/v1/collaboration-groups/{id}/meetings",
                        LEADERS,
                        Kind.RESOURCE,
                        404,
                        t -> Api.Request.post(t.groupPath() + "/meetings", scheduleBody())),
                new Endpoint(
                        "GET",
                        "/api/v1/collaboration-groups/{id}/meetings",
                        COLLABORATION_READ,
                        Kind.RESOURCE,
                        404,
                        t -> Api.Request.get(t.groupPath() + "/meetings")),
                new Endpoint(
                        "GET",
                        "/api/v1/collaboration-groups/{id}/meetings/{meetingId}",
                        COLLABORATION_READ,
                        Kind.RESOURCE,
                        404,
                        t -> Api.Request.get(t.meetingPath())),
                new Endpoint(
                        "POST",
                        "/api/v1/collaboration-groups/{id}/meetings/{meetingId}/held",
                        LEADERS,
                        Kind.RESOURCE,
                        404,
                        t -> Api.Request.post(t.meetingPath() + "/held", heldBody())),
                new Endpoint(
                        "POST",
                        "/api/v1/collaboration-groups/{id}/meetings/{meetingId}/cancellation",
                        LEADERS,
                        Kind.RESOURCE,
                        404,
                        t -> Api.Request.post(t.meetingPath() + "/cancellation", json("reason", "Matrix"))),
                new Endpoint(
                        "POST",
                        "/api/v1/collaboration-groups/{id}/meetings/{meetingId}/follow-ups/{followUpId}/completion",
                        LEADERS,
                        Kind.RESOURCE,
                        404,
                        t -> Api.Request.post(
                                t.meetingPath() + "/follow-ups/" + t.followUp() + "/completion",
                                json("completedOn", YEAR + "-03-20"))),
                new Endpoint(
                        "POST",
                        "/api/v1/network-meetings",
                        ADMIN,
                        Kind.REFERENCE,
                        0,
                        t -> Api.Request.post(
                                "/api/v1/network-meetings",
                                json(
                                        "heldOn",
                                        YEAR + "-06-10",
                                        "purpose",
                                        "Network",
                                        "municipalityCodes",
                                        List.of("621", "479")))),
                new Endpoint(
                        "GET",
                        "/api/v1/network-meetings",
                        COLLABORATION_READ,
                        Kind.LIST,
                        0,
                        t -> Api.Request.get("/api/v1/network-meetings")),
                new Endpoint(
                        "POST",
                        "/api/v1/self-assessments",
                        LEADERS,
                        Kind.RESOURCE,
                        403,
                        t -> Api.Request.post(
                                "/api/v1/self-assessments", selfAssessmentJson(t.code(), YEAR + "-09-01", "DO_MORE"))),
                new Endpoint(
                        "GET",
                        "/api/v1/self-assessments",
                        COLLABORATION_READ,
                        Kind.LIST,
                        0,
                        t -> Api.Request.get("/api/v1/self-assessments?municipalityCode=" + t.code())),
                // buddies
                new Endpoint(
                        "POST",
                        "/api/v1/buddies",
                        WRITE,
                        Kind.RESOURCE,
                        422,
                        t -> Api.Request.post("/api/v1/buddies", json("centreId", t.centre(), "handle", "Maagen"))),
                new Endpoint("GET", "/api/v1/buddies", READ, Kind.LIST, 0, t -> Api.Request.get("/api/v1/buddies")),
                new Endpoint(
                        "GET", "/api/v1/buddies/{id}", READ, Kind.RESOURCE, 404, t -> Api.Request.get(t.buddyPath())),
                new Endpoint(
                        "POST",
                        "/api/v1/buddies/{id}/course-completion",
                        WRITE,
                        Kind.RESOURCE,
                        404,
                        t -> Api.Request.post(
                                t.buddyPath() + "/course-completion",
                                json("completedOn", YEAR + "-02-20", "hours", 3))),
                new Endpoint(
                        "POST",
                        "/api/v1/buddies/{id}/tasks",
                        WRITE,
                        Kind.RESOURCE,
                        404,
                        t -> Api.Request.post(t.buddyPath() + "/tasks", json("task", "SHOW_AROUND"))),
                new Endpoint(
                        "POST",
                        "/api/v1/buddies/{id}/supervisions",
                        WRITE,
                        Kind.RESOURCE,
                        404,
                        t -> Api.Request.post(t.buddyPath() + "/supervisions", json("heldOn", YEAR + "-04-10"))),
                new Endpoint(
                        "POST",
                        "/api/v1/welcomes",
                        WRITE,
                        Kind.RESOURCE,
                        422,
                        t -> Api.Request.post(
                                "/api/v1/welcomes",
                                json(
                                        "centreId",
                                        t.centre(),
                                        "buddyId",
                                        t.buddy(),
                                        "welcomedOn",
                                        YEAR + "-05-02",
                                        "heardVia",
                                        List.of("FRIEND")))),
                new Endpoint("GET", "/api/v1/welcomes", READ, Kind.LIST, 0, t -> Api.Request.get("/api/v1/welcomes")),
                new Endpoint(
                        "POST",
                        "/api/v1/buddies/{id}/pause",
                        WRITE,
                        Kind.RESOURCE,
                        404,
                        t -> Api.Request.post(t.buddyPath() + "/pause", json("reason", "Summer"))),
                new Endpoint(
                        "POST",
                        "/api/v1/buddies/{id}/resumption",
                        WRITE,
                        Kind.RESOURCE,
                        404,
                        t -> Api.Request.post(t.buddyPath() + "/resumption", null)),
                new Endpoint(
                        "POST",
                        "/api/v1/buddies/{id}/retirement",
                        WRITE,
                        Kind.RESOURCE,
                        404,
                        t -> Api.Request.post(t.buddyPath() + "/retirement", json("reason", "Moved away"))),
                // outreach
                new Endpoint(
                        "POST",
                        "/api/v1/escorts",
                        INGEST,
                        Kind.RESOURCE,
                        403,
                        t -> Api.Request.post("/api/v1/escorts", escortBody(t.code(), t.centre()))),
                new Endpoint(
                        "POST",
                        "/api/v1/referrals",
                        INGEST,
                        Kind.RESOURCE,
                        403,
                        t -> Api.Request.post("/api/v1/referrals", referralBody(t.code(), t.centre()))),
                new Endpoint(
                        "POST",
                        "/api/v1/referrals/{id}/acceptance",
                        INGEST,
                        Kind.RESOURCE,
                        404,
                        t -> Api.Request.post(
                                "/api/v1/referrals/" + t.referral() + "/acceptance", resultBody("acceptedOn"))),
                new Endpoint(
                        "POST",
                        "/api/v1/referrals/{id}/arrival",
                        INGEST,
                        Kind.RESOURCE,
                        404,
                        t -> Api.Request.post(
                                "/api/v1/referrals/" + t.referral() + "/arrival", resultBody("arrivedOn"))),
                new Endpoint(
                        "POST",
                        "/api/v1/referrals/{id}/decline",
                        INGEST,
                        Kind.RESOURCE,
                        404,
                        t -> Api.Request.post(
                                "/api/v1/referrals/" + t.referral() + "/decline", resultBody("declinedOn"))),
                new Endpoint(
                        "POST",
                        "/api/v1/referrals/{id}/expiry",
                        INGEST,
                        Kind.RESOURCE,
                        404,
                        t -> Api.Request.post(
                                "/api/v1/referrals/" + t.referral() + "/expiry", resultBody("expiredOn"))),
                new Endpoint(
                        "POST",
                        "/api/v1/citizens/erasures",
                        ERASE,
                        Kind.REFERENCE,
                        0,
                        t -> Api.Request.post(
                                "/api/v1/citizens/erasures",
                                json(
                                        "sourceSystem",
                                        "nexus-" + t.code(),
                                        "citizenRef",
                                        "matrix:borger:" + t.code(),
                                        "reason",
                                        "Borgeren har bedt om at blive glemt."))),
                new Endpoint(
                        "POST",
                        "/api/v1/ingest/batch",
                        INGEST,
                        Kind.REFERENCE,
                        0,
                        t -> Api.Request.post(
                                "/api/v1/ingest/batch",
                                "{\"items\":[" + "{\"type\":\"ESCORT\","
                                        + escortBody(t.code(), t.centre()).substring(1) + "]}")),
                new Endpoint(
                        "GET",
                        "/api/v1/escorts/{id}",
                        POSTINGS_READ,
                        Kind.RESOURCE,
                        404,
                        t -> Api.Request.get("/api/v1/escorts/" + t.escort())),
                new Endpoint(
                        "GET",
                        "/api/v1/referrals/{id}",
                        POSTINGS_READ,
                        Kind.RESOURCE,
                        404,
                        t -> Api.Request.get("/api/v1/referrals/" + t.referral())),
                new Endpoint(
                        "POST",
                        "/api/v1/visibility-actions",
                        WRITE,
                        Kind.RESOURCE,
                        422,
                        t -> Api.Request.post(
                                "/api/v1/visibility-actions",
                                json("centreId", t.centre(), "kind", "OPEN_HOUSE", "takenOn", YEAR + "-06-01"))),
                new Endpoint(
                        "GET",
                        "/api/v1/visibility-actions",
                        READ,
                        Kind.LIST,
                        0,
                        t -> Api.Request.get("/api/v1/visibility-actions")),
                new Endpoint(
                        "GET",
                        "/api/v1/reports/outreach/escorts",
                        READ,
                        Kind.LIST,
                        0,
                        t -> Api.Request.get("/api/v1/reports/outreach/escorts")),
                new Endpoint(
                        "GET",
                        "/api/v1/reports/outreach/referrals",
                        READ,
                        Kind.LIST,
                        0,
                        t -> Api.Request.get("/api/v1/reports/outreach/referrals")),
                new Endpoint(
                        "GET",
                        "/api/v1/reports/outreach/visibility",
                        READ,
                        Kind.LIST,
                        0,
                        t -> Api.Request.get("/api/v1/reports/outreach/visibility")),
                // webhooks
                new Endpoint(
                        "POST",
                        "/api/v1/webhooks",
                        LEADERS,
                        Kind.RESOURCE,
                        403,
                        t -> Api.Request.post("/api/v1/webhooks", webhookBody(t.code()))),
                new Endpoint(
                        "GET", "/api/v1/webhooks", LEADERS, Kind.LIST, 0, t -> Api.Request.get("/api/v1/webhooks")),
                new Endpoint(
                        "GET",
                        "/api/v1/webhooks/{id}",
                        LEADERS,
                        Kind.RESOURCE,
                        404,
                        t -> Api.Request.get(t.webhookPath())),
                new Endpoint(
                        "DELETE",
                        "/api/v1/webhooks/{id}",
                        LEADERS,
                        Kind.RESOURCE,
                        404,
                        // a subscription of its own each time: a deleted one is gone for the next caller
                        t -> Api.Request.delete("/api/v1/webhooks/" + webhook(t.code()))),
                new Endpoint(
                        "GET",
                        "/api/v1/webhooks/{id}/deliveries",
                        LEADERS,
                        Kind.RESOURCE,
                        404,
                        t -> Api.Request.get(t.webhookPath() + "/deliveries")),
                new Endpoint(
                        "POST",
                        "/api/v1/webhooks/{id}/resend",
                        LEADERS,
                        Kind.RESOURCE,
                        404,
                        t -> Api.Request.post(t.webhookPath() + "/resend", json("fromPosition", 1_000_000_000L))),
                new Endpoint(
                        "POST",
                        "/api/v1/webhooks/{id}/resume",
                        LEADERS,
                        Kind.RESOURCE,
                        404,
                        t -> Api.Request.post(t.webhookPath() + "/resume", null)),
                // audit
                new Endpoint(
                        "GET",
                        "/api/v1/audit/events",
                        AUDIT,
                        Kind.REFERENCE,
                        0,
                        t -> Api.Request.get("/api/v1/audit/events?limit=5")),
                new Endpoint(
                        "GET",
                        "/api/v1/audit/project-years/{year}/figures",
                        AUDIT,
                        Kind.REFERENCE,
                        0,
                        t -> Api.Request.get("/api/v1/audit/project-years/" + YEAR + "/figures")),
                new Endpoint(
                        "GET",
                        "/api/v1/feed",
                        POSTINGS_READ,
                        Kind.REFERENCE,
                        0,
                        t -> Api.Request.get("/api/v1/feed?limit=1")),
                new Endpoint(
                        "GET",
                        "/api/v1/audit/ledger",
                        AUDIT,
                        Kind.REFERENCE,
                        0,
                        t -> Api.Request.get("/api/v1/audit/ledger")),
                new Endpoint(
                        "GET",
                        "/api/v1/audit/ledger/verify",
                        AUDIT,
                        Kind.REFERENCE,
                        0,
                        t -> Api.Request.get("/api/v1/audit/ledger/verify")),
                new Endpoint(
                        "POST",
                        "/api/v1/audit/rebuild",
                        ADMIN,
                        Kind.REFERENCE,
                        0,
                        t -> Api.Request.post("/api/v1/audit/rebuild", "")),
                // operations: the projections' dead-letter queues
                new Endpoint(
                        "GET",
                        "/api/v1/admin/dead-letters",
                        AUDIT,
                        Kind.REFERENCE,
                        0,
                        t -> Api.Request.get("/api/v1/admin/dead-letters")),
                new Endpoint(
                        "POST",
                        "/api/v1/admin/dead-letters/{processor}/retry",
                        ADMIN,
                        Kind.REFERENCE,
                        0,
                        t -> Api.Request.post("/api/v1/admin/dead-letters/outreach/retry", "")),
                new Endpoint(
                        "POST",
                        "/api/v1/admin/dead-letters/{processor}/sequences/{sequenceId}/retry",
                        ADMIN,
                        Kind.REFERENCE,
                        0,
                        t -> Api.Request.post(
                                "/api/v1/admin/dead-letters/outreach/sequences/not!a!sequence/retry", "")),
                new Endpoint(
                        "POST",
                        "/api/v1/admin/dead-letters/{processor}/letters/{letterId}/evict",
                        ADMIN,
                        Kind.REFERENCE,
                        0,
                        t -> Api.Request.post(
                                "/api/v1/admin/dead-letters/outreach/letters/" + UUID.randomUUID() + "/evict",
                                json("reason", ""))));
    }

    @Test
    void theMatrixCoversEveryMappedEndpoint() {
        Set<String> mapped = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                mappings.getHandlerMethods().entrySet()) {
            String module = entry.getValue().getBeanType().getPackageName();
            // the REST API's endpoints; the web pages have their own tests (WebPagesIntegrationTest)
            if (!module.startsWith("dk.samvaer") || module.startsWith("dk.samvaer.web.pages")) {
                continue;
            }
            for (String pattern : entry.getKey().getPatternValues()) {
                entry.getKey().getMethodsCondition().getMethods().forEach(method -> mapped.add(method + " " + pattern));
            }
        }
        Set<String> covered = new TreeSet<>();
        endpoints.forEach(e -> covered.add(e.method() + " " + e.pattern()));

        assertThat(covered).isEqualTo(mapped);
    }

    @Test
    void everyEndpointNamesTheRolesAllowedToCallIt() {
        List<String> withoutRule = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (handler.getBeanType().getPackageName().startsWith("dk.samvaer")
                    && !EndpointsNeedAnAccessRule.hasRule(handler.getMethod())
                    && !EndpointsNeedAnAccessRule.hasRule(handler.getBeanType())) {
                withoutRule.add(info.toString());
            }
        });

        assertThat(withoutRule).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointForEveryRoleInOwnAndOtherMunicipality() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            for (Caller caller : Caller.values()) {
                for (boolean own : new boolean[] {true, false}) {
                    String name = endpoint.method() + " " + endpoint.pattern() + " as " + caller + " in "
                            + (own ? "own" : "other") + " municipality";
                    tests.add(DynamicTest.dynamicTest(name, () -> check(endpoint, caller, own)));
                }
            }
        }
        return tests.stream();
    }

    private void check(Endpoint endpoint, Caller caller, boolean own) {
        Target target = own ? kolding : svendborg;
        Api.Response response = endpoint.request().apply(target).send(api.as(caller.key));
        String context = endpoint.method() + " " + endpoint.pattern() + " as " + caller + ": " + response;

        if (caller == Caller.ANONYMOUS) {
            assertThat(response.status()).as(context).isEqualTo(401);
            assertThat(response.problemType()).isEqualTo("unauthenticated");
        } else if (!endpoint.allowed().contains(caller)) {
            assertThat(response.status()).as(context).isEqualTo(403);
            assertThat(response.problemType()).isEqualTo("forbidden");
        } else if (!own && caller.scopedToKolding && endpoint.kind() == Kind.RESOURCE) {
            assertThat(response.status()).as(context).isEqualTo(endpoint.otherMunicipalityStatus());
        } else {
            assertThat(response.status()).as(context).isBetween(200, 499).isNotIn(401, 403, 404);
            if (endpoint.kind() == Kind.LIST && caller.scopedToKolding) {
                assertThat(response.status()).as(context).isEqualTo(200);
                assertThat(municipalityCodes(response.json())).as(context).isSubsetOf("621");
            }
        }
    }

    /**
     * Every municipality code in a body: {@code municipalityCode} fields and {@code municipalityCodes} lists. A null
     * {@code municipalityCode} (a report over every municipality the caller sees) names none.
     */
    private static Set<String> municipalityCodes(JsonNode body) {
        Set<String> codes = new TreeSet<>();
        body.findValues("municipalityCode").stream()
                .filter(code -> !code.isNull())
                .forEach(code -> codes.add(code.asString()));
        body.findValues("municipalityCodes").forEach(list -> list.forEach(code -> codes.add(code.asString())));
        return codes;
    }
}
