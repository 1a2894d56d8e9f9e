package dk.samvaer.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvaer.kernel.readmodel.ProjectionWrites;
import dk.samvaer.kernel.testing.InMemoryDatabase;
import dk.samvaer.outreach.api.CitizenArrived;
import dk.samvaer.outreach.api.EscortId;
import dk.samvaer.outreach.api.EscortProvided;
import dk.samvaer.outreach.api.ReferralAccepted;
import dk.samvaer.outreach.api.ReferralDeclined;
import dk.samvaer.outreach.api.ReferralExpired;
import dk.samvaer.outreach.api.ReferralId;
import dk.samvaer.outreach.api.ReferralMade;
import dk.samvaer.outreach.api.Service;
import dk.samvaer.programme.api.CentreId;
import dk.samvaer.programme.api.Municipalities;
import dk.samvaer.reporting.api.EscortReport;
import dk.samvaer.reporting.api.ReferralReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The outreach reports read counts the projection keeps per day; this test generates random escorts and referrals,
 * delivers them in random batches with duplicates and escorts out of order, and checks every report over random periods
 * and scopes against figures computed here from the events themselves.
 */
class OutreachCountsEqualTheirFactsTest {

    private static final LocalDate START = LocalDate.of(2024, 11, 1);
    private static final Map<CentreId, String> CENTRES =
            Map.of(CentreId.random(), "621", CentreId.random(), "621", CentreId.random(), "630");
    private static final List<Set<String>> SCOPES =
            java.util.Arrays.asList(null, Set.of("621"), Set.of("630"), Set.of("621", "630"), Set.of());

    private final List<EscortProvided> escorts = new ArrayList<>();
    private final Map<ReferralId, Referral> referrals = new HashMap<>();

    /** A referral as the events left it. */
    private record Referral(String municipality, LocalDate on, String status, boolean accepted, Long days) {}

    @ParameterizedTest(name = "history {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void theReportsOfAnyPeriodAndScopeEqualTheFiguresOfTheirEvents(long seed) {
        Random random = new Random(seed);
        ProjectionWrites writes = InMemoryDatabase.projectionWrites("classpath:db/migration/reporting");
        ProjectionFeed feed = new ProjectionFeed(new OutreachFiguresProjection(writes));
        List<Object> events = history(random);
        for (int from = 0; from < events.size(); ) {
            int to = Math.min(events.size(), from + 1 + random.nextInt(120));
            feed.batch(events.subList(from, to));
            from = to;
        }
        checkReports(new OutreachReportQueries(writes.jdbc(), Municipalities.danish()), random);
    }

    @ParameterizedTest(name = "history {0}")
    @ValueSource(longs = {7, 8, 9})
    void fourSegmentsCommittingAtOnceCountEveryEscortAndReferralOnce(long seed) throws Exception {
        Random random = new Random(seed);
        DataSource database = InMemoryDatabase.dataSource("classpath:db/migration/reporting");
        ProjectionWrites writes = new ProjectionWrites(new JdbcTemplate(database));
        SpringTransactionManager transactions =
                new SpringTransactionManager(new DataSourceTransactionManager(database));
        List<List<Object>> segments =
                List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Object event : history(random)) {
            segments.get(Math.floorMod(aggregateOf(event).hashCode(), segments.size()))
                    .add(event);
        }
        ExecutorService processor = Executors.newFixedThreadPool(segments.size());
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < segments.size(); i++) {
                List<Object> events = segments.get(i);
                ProjectionFeed segment = ProjectionFeed.inTransactions(
                        transactions,
                        5_000_000_000_000_000L + seed * 10_000_000_000L + i * 1_000_000_000L,
                        new OutreachFiguresProjection(writes));
                Random sizes = new Random(seed * 10 + i);
                work.add(processor.submit(() -> {
                    for (int from = 0; from < events.size(); ) {
                        int to = Math.min(events.size(), from + 1 + sizes.nextInt(60));
                        segment.batch(events.subList(from, to));
                        from = to;
                    }
                }));
            }
            for (Future<?> done : work) {
                done.get(); // a batch that deadlocked or timed out on a lock fails here
            }
        } finally {
            processor.shutdownNow();
        }

        checkReports(new OutreachReportQueries(writes.jdbc(), Municipalities.danish()), random);
    }

    private static Object aggregateOf(Object event) {
        if (event instanceof EscortProvided e) {
            return e.escortId();
        }
        if (event instanceof ReferralMade e) {
            return e.referralId();
        }
        if (event instanceof ReferralAccepted e) {
            return e.referralId();
        }
        if (event instanceof CitizenArrived e) {
            return e.referralId();
        }
        if (event instanceof ReferralDeclined e) {
            return e.referralId();
        }
        return ((ReferralExpired) event).referralId();
    }

    /** Every report over random periods and scopes (and all time, a year and a month) against the events. */
    private void checkReports(OutreachReportQueries reports, Random random) {
        for (int i = 0; i < 12; i++) {
            LocalDate from = i == 0 ? null : START.plusDays(random.nextInt(400));
            LocalDate to = i == 0 || i == 1 ? null : from.plusDays(random.nextInt(i < 6 ? 40 : 300));
            if (i == 3) {
                from = LocalDate.of(2025, 1, 1);
                to = LocalDate.of(2025, 12, 31);
            }
            if (i == 4) {
                from = LocalDate.of(2025, 2, 1);
                to = LocalDate.of(2025, 2, 28);
            }
            check(reports, SCOPES.get(random.nextInt(SCOPES.size())), from, to);
        }
    }

    private void check(OutreachReportQueries reports, Set<String> scope, LocalDate from, LocalDate to) {
        String period = from + ".." + to + " in " + scope;
        {
            EscortReport report = reports.escorts(scope, from, to);
            List<EscortProvided> inPeriod = escorts.stream()
                    .filter(e ->
                            in(e.escortedOn(), from, to) && (scope == null || scope.contains(e.municipalityCode())))
                    .toList();
            Set<EscortId> firsts = firstEscorts();
            assertThat(report.escorts()).as(period).isEqualTo(inPeriod.size());
            assertThat(report.uniqueCitizens())
                    .as(period)
                    .isEqualTo(inPeriod.stream()
                            .map(EscortProvided::citizenPseudonym)
                            .distinct()
                            .count());
            assertThat(report.firstEscorts())
                    .as(period)
                    .isEqualTo(inPeriod.stream()
                            .filter(e -> firsts.contains(e.escortId()))
                            .count());
            assertThat(report.byMonth().stream()
                            .collect(Collectors.toMap(EscortReport.Month::month, EscortReport.Month::escorts)))
                    .as(period)
                    .isEqualTo(inPeriod.stream()
                            .collect(Collectors.groupingBy(
                                    e -> e.escortedOn().toString().substring(0, 7), Collectors.counting())));
            assertThat(report.byCentre().stream()
                            .collect(
                                    Collectors.toMap(EscortReport.Centre::centreId, EscortReport.Centre::firstEscorts)))
                    .as(period)
                    .isEqualTo(inPeriod.stream()
                            .collect(Collectors.groupingBy(
                                    e -> e.centreId().value(),
                                    Collectors.filtering(e -> firsts.contains(e.escortId()), Collectors.counting()))));

            ReferralReport funnel = reports.referrals(scope, from, to);
            List<Referral> referred = referrals.values().stream()
                    .filter(r -> in(r.on(), from, to) && (scope == null || scope.contains(r.municipality())))
                    .toList();
            assertThat(List.of(funnel.made(), funnel.accepted(), funnel.arrived(), funnel.declined(), funnel.expired()))
                    .as(period)
                    .isEqualTo(counts(referred));
            assertThat(funnel.medianDaysToArrival()).as(period).isEqualTo(median(referred));
            for (ReferralReport.Municipality row : funnel.byMunicipality()) {
                List<Referral> ofMunicipality = referred.stream()
                        .filter(r -> r.municipality().equals(row.municipalityCode()))
                        .toList();
                assertThat(List.of(row.made(), row.accepted(), row.arrived(), row.declined(), row.expired()))
                        .as(period + " " + row.municipalityCode())
                        .isEqualTo(counts(ofMunicipality));
                assertThat(row.medianDaysToArrival()).as(period).isEqualTo(median(ofMunicipality));
            }
            assertThat(funnel.byMunicipality()).hasSize((int)
                    referred.stream().map(Referral::municipality).distinct().count());
        }
    }

    /**
     * Escorts of 30 citizens in each of two municipalities (a pseudonym is per municipality) to three centres in any order, some delivered twice; referrals made, then perhaps accepted,
     * then arrived, declined or expired, in order for each referral but interleaved, each event sometimes delivered
     * twice in a row.
     */
    private List<Object> history(Random random) {
        List<Object> delivered = new ArrayList<>();
        List<CentreId> centres = new ArrayList<>(CENTRES.keySet());
        for (int i = 0; i < 500; i++) {
            CentreId centre = centres.get(random.nextInt(centres.size()));
            EscortProvided escort = new EscortProvided(
                    EscortId.random(),
                    CENTRES.get(centre),
                    Service.values()[random.nextInt(Service.values().length)],
                    CENTRES.get(centre) + ":citizen-" + random.nextInt(30),
                    centre,
                    null,
                    START.plusDays(random.nextInt(420)));
            escorts.add(escort);
            delivered.add(escort);
            if (random.nextInt(20) == 0) {
                delivered.add(escort);
            }
        }
        java.util.Collections.shuffle(delivered, random);
        List<LinkedList<Object>> sequences = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            sequences.add(referral(random, centres.get(random.nextInt(centres.size()))));
        }
        List<Object> merged = new ArrayList<>();
        while (!sequences.isEmpty()) {
            LinkedList<Object> next = sequences.get(random.nextInt(sequences.size()));
            Object event = next.removeFirst();
            merged.add(event);
            if (random.nextInt(15) == 0) {
                merged.add(event);
            }
            if (next.isEmpty()) {
                sequences.remove(next);
            }
        }
        List<Object> all = new ArrayList<>();
        int e = 0;
        int r = 0;
        while (e < delivered.size() || r < merged.size()) {
            boolean escortNext = r >= merged.size() || (e < delivered.size() && random.nextInt(4) != 0);
            all.add(escortNext ? delivered.get(e++) : merged.get(r++));
        }
        return all;
    }

    private LinkedList<Object> referral(Random random, CentreId centre) {
        ReferralId id = ReferralId.random();
        String municipality = CENTRES.get(centre);
        LocalDate on = START.plusDays(random.nextInt(420));
        LinkedList<Object> events = new LinkedList<>();
        events.add(new ReferralMade(id, municipality, Service.SECTION_99, "citizen-" + random.nextInt(30), centre, on));
        boolean accepted = random.nextBoolean();
        if (accepted) {
            events.add(new ReferralAccepted(id, municipality, on.plusDays(1)));
        }
        String status = accepted ? "ACCEPTED" : "MADE";
        Long days = null;
        switch (random.nextInt(4)) {
            case 0 -> {
                days = (long) random.nextInt(30);
                status = "ARRIVED";
                events.add(new CitizenArrived(id, municipality, centre, on.plusDays(days), days));
            }
            case 1 -> {
                status = "DECLINED";
                events.add(new ReferralDeclined(id, municipality, on.plusDays(2), "no"));
            }
            case 2 -> {
                status = "EXPIRED";
                events.add(new ReferralExpired(id, municipality, on.plusDays(60), "late"));
            }
            default -> {}
        }
        referrals.put(id, new Referral(municipality, on, status, accepted, days));
        return events;
    }

    /** The first escort of each citizen to each centre: the earliest, then the lowest id. */
    private Set<EscortId> firstEscorts() {
        Map<String, EscortProvided> first = new HashMap<>();
        Comparator<EscortProvided> earliest = Comparator.comparing(EscortProvided::escortedOn)
                .thenComparing(e -> e.escortId().value().toString());
        for (EscortProvided escort : escorts) {
            first.merge(
                    escort.citizenPseudonym() + "@" + escort.centreId().value(),
                    escort,
                    (a, b) -> earliest.compare(a, b) <= 0 ? a : b);
        }
        Set<EscortId> ids = new HashSet<>();
        first.values().forEach(escort -> ids.add(escort.escortId()));
        return ids;
    }

    private static List<Long> counts(List<Referral> referrals) {
        return List.of(
                (long) referrals.size(),
                referrals.stream()
                        .filter(r -> r.accepted() || r.status().equals("ARRIVED"))
                        .count(),
                referrals.stream().filter(r -> r.status().equals("ARRIVED")).count(),
                referrals.stream().filter(r -> r.status().equals("DECLINED")).count(),
                referrals.stream().filter(r -> r.status().equals("EXPIRED")).count());
    }

    private static BigDecimal median(List<Referral> referrals) {
        List<Long> days = referrals.stream()
                .map(Referral::days)
                .filter(d -> d != null)
                .sorted()
                .toList();
        if (days.isEmpty()) {
            return null;
        }
        int middle = days.size() / 2;
        BigDecimal median = days.size() % 2 == 1
                ? BigDecimal.valueOf(days.get(middle))
                : BigDecimal.valueOf(days.get(middle - 1) + days.get(middle)).divide(BigDecimal.valueOf(2));
        return median.setScale(1, RoundingMode.HALF_UP);
    }

    private static boolean in(LocalDate day, LocalDate from, LocalDate to) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}
