package dk.samvaer.app.api;

import static dk.samvaer.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.samvaer.app.support.Api;
import dk.samvaer.app.support.ApiIntegrationTest;
import dk.samvaer.app.support.Postings;
import dk.samvaer.app.support.TestKeys;
import dk.samvaer.audit.query.Ledger;
import dk.samvaer.kernel.readmodel.ReadYourWrites;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Forgetting a citizen (issue 15, ADR 0016): the citizen's key goes, every figure stays, the ledger still verifies, and
 * a later posting for the same reference starts a new history.
 */
class CitizenErasureIntegrationTest extends ApiIntegrationTest {

    static final String[] YEARS = {"2011", "2012", "2013"};

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReadYourWrites readYourWrites;

    @Autowired
    Ledger ledger;

    private Api nexus;
    private String centre;

    @BeforeEach
    void aCaseSystemInKolding() {
        nexus = api.as(TestKeys.CASE_SYSTEM_KOLDING);
        centre = centreIn("621");
    }

    @Test
    void erasingCitizensLeavesEveryReportOfEveryYearByteIdenticalAndTheLedgerValid() {
        Random random = new Random(20261203);
        List<String> citizens = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            citizens.add("nexus:erasure:" + UUID.randomUUID());
        }
        for (int i = 0; i < 120; i++) {
            String citizen = citizens.get(random.nextInt(citizens.size()));
            LocalDate on = LocalDate.of(2011 + random.nextInt(3), 1, 1).plusDays(random.nextInt(365));
            assertThat(nexus.post("/api/v1/escorts", escort(citizen, on)).status())
                    .isEqualTo(201);
            if (random.nextInt(3) == 0) {
                String referral = nexus.post("/api/v1/referrals", referral(citizen, on))
                        .json()
                        .path("id")
                        .asString();
                if (random.nextBoolean()) {
                    nexus.post(
                            "/api/v1/referrals/" + referral + "/arrival",
                            json(
                                    "sourceSystem",
                                    "nexus-kolding",
                                    "externalId",
                                    externalId(),
                                    "arrivedOn",
                                    on.plusDays(random.nextInt(20)).toString()));
                }
            }
        }
        Map<String, String> before = everyReport();

        for (String citizen : citizens.subList(0, 10)) {
            Api.Response erased = nexus.post("/api/v1/citizens/erasures", erasure(citizen));
            assertThat(erased.status()).as(erased.toString()).isEqualTo(202);
            assertThat(erased.json().path("keysDeleted").asInt()).isEqualTo(1);
        }

        assertThat(everyReport()).isEqualTo(before);
        ledger.extend();
        assertThat(auditor()
                        .get("/api/v1/audit/ledger/verify")
                        .json()
                        .path("ok")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void aPostingAfterAnErasureDoesNotJoinTheOldHistory() {
        String citizen = "nexus:erasure:" + UUID.randomUUID();
        String first = nexus.post("/api/v1/escorts", escort(citizen, LocalDate.of(2014, 3, 1)))
                .json()
                .path("id")
                .asString();
        String again = nexus.post("/api/v1/escorts", escort(citizen, LocalDate.of(2014, 3, 2)))
                .json()
                .path("id")
                .asString();

        nexus.post("/api/v1/citizens/erasures", erasure(citizen));
        String after = nexus.post("/api/v1/escorts", escort(citizen, LocalDate.of(2014, 3, 3)))
                .json()
                .path("id")
                .asString();

        assertThat(tokenOfEscort(again)).isEqualTo(tokenOfEscort(first));
        assertThat(tokenOfEscort(after)).isNotEqualTo(tokenOfEscort(first)).startsWith("t1_");
    }

    @Test
    void parallelFirstPostingsOfOneCitizenShareOneKey() throws Exception {
        String citizen = "nexus:erasure:" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Api.Response>> answers = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            answers.add(pool.submit(() -> nexus.post("/api/v1/escorts", escort(citizen, LocalDate.of(2014, 2, 1)))));
        }
        Set<String> tokens = new HashSet<>();
        for (Future<Api.Response> answer : answers) {
            Api.Response response = answer.get();
            assertThat(response.status()).as(response.toString()).isEqualTo(201);
            tokens.add(tokenOfEscort(response.json().path("id").asString()));
        }
        pool.shutdown();

        assertThat(tokens).hasSize(1);
    }

    @Test
    void anErasureIsRecordedWithWhoAskedAndWhyButNotWhom() {
        String citizen = "nexus:erasure:" + UUID.randomUUID();
        nexus.post("/api/v1/escorts", escort(citizen, LocalDate.of(2014, 4, 1)));

        String id = nexus.post("/api/v1/citizens/erasures", erasure(citizen))
                .json()
                .path("id")
                .asString();

        String payload = jdbc
                .sql("SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(id)
                .query(byte[].class)
                .list()
                .stream()
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
                .findFirst()
                .orElseThrow();
        assertThat(payload)
                .contains("Borgeren har bedt om at blive glemt.", "nexus-kolding", "\"keysDeleted\":1")
                .doesNotContain(citizen);
    }

    @Test
    void erasingAnUnknownReferenceIsHarmlessAndSaysSo() {
        Api.Response erased = nexus.post("/api/v1/citizens/erasures", erasure("nexus:erasure:never-posted"));

        assertThat(erased.status()).isEqualTo(202);
        assertThat(erased.json().path("keysDeleted").asInt()).isZero();
    }

    @Test
    void anErasureWithoutAReasonIsRefusedAndDeletesNothing() {
        String citizen = "nexus:erasure:" + UUID.randomUUID();
        String first = nexus.post("/api/v1/escorts", escort(citizen, LocalDate.of(2014, 5, 1)))
                .json()
                .path("id")
                .asString();

        Api.Response refused = nexus.post(
                "/api/v1/citizens/erasures",
                json("sourceSystem", "nexus-kolding", "citizenRef", citizen, "reason", " "));
        String after = nexus.post("/api/v1/escorts", escort(citizen, LocalDate.of(2014, 5, 2)))
                .json()
                .path("id")
                .asString();

        assertThat(refused.status()).isEqualTo(400);
        assertThat(tokenOfEscort(after)).isEqualTo(tokenOfEscort(first));
    }

    private Map<String, String> everyReport() {
        await().until(readYourWrites::await);
        Map<String, String> reports = new LinkedHashMap<>();
        Api auditor = auditor();
        for (String year : YEARS) {
            String period = "from=" + year + "-01-01&to=" + year + "-12-31";
            for (String path : List.of(
                    "/api/v1/reports/project-years/" + year,
                    "/api/v1/reports/project-years/" + year + "/strands",
                    "/api/v1/reports/outreach/escorts?" + period,
                    "/api/v1/reports/outreach/escorts?municipalityCode=621&" + period,
                    "/api/v1/reports/outreach/referrals?" + period,
                    "/api/v1/reports/outreach/referrals?municipalityCode=621&" + period,
                    "/api/v1/reports/outreach/visibility?" + period)) {
                reports.put(path, auditor.get(path).body());
                reports.put(
                        path + " (CSV)", auditor.get(path, "Accept", "text/csv").body());
            }
        }
        reports.put(
                "escorts of all time",
                auditor.get("/api/v1/reports/outreach/escorts").body());
        return reports;
    }

    private Api auditor() {
        return api.as(TestKeys.AUDITOR);
    }

    private String tokenOfEscort(String escortId) {
        return Postings.tokenOfEscort(jdbc, readYourWrites, escortId);
    }

    private String escort(String citizen, LocalDate on) {
        return Postings.escort(citizen, centre, on);
    }

    private String referral(String citizen, LocalDate on) {
        return Postings.referral(citizen, centre, on);
    }

    private static String externalId() {
        return "X-" + UUID.randomUUID();
    }

    private static String erasure(String citizen) {
        return json(
                "sourceSystem", "nexus-kolding",
                "citizenRef", citizen,
                "reason", "Borgeren har bedt om at blive glemt.");
    }
}
