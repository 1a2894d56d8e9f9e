package dk.samvaer.reliability;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import tools.jackson.databind.JsonNode;

/**
 * Part (a): rounds of 12 concurrent case-system clients posting escorts and referrals (single, with and without an
 * Idempotency-Key, and in batches), a SIGKILL of the service after 2–6 s, a restart on the same store, the re-post of
 * every request whose answer was not received, and the checks: every acknowledged posting stored exactly once, none
 * twice, the re-posts answered 201/200, the escort report caught up with the store within a bound, each acknowledged
 * escort readable, and readiness never UP with lag 0 while the report was behind the store.
 */
final class CrashRounds {

    static final int CLIENTS = 12;
    static final long CATCH_UP_BOUND_MS = 30_000;
    static final long REPOST_BOUND_MS = 15_000;
    static final int READ_BACK_MAX = 3000;

    /** One HTTP request of a case system, with the postings it carries (one, or a batch's items). */
    record Posting(String path, String body, Map<String, String> headers, List<String> externalIds, int escorts) {}

    /** The figures of one round. */
    static final class Round {
        int round;
        double killAfterSeconds;
        long requests;
        long posted;
        long acknowledged;
        long unanswered;
        long repostedOk;
        long repostFailed;
        long refused;
        long stored;
        long duplicates;
        long lost;
        double restartSeconds;
        double catchUpSeconds = -1;
        long reportTotal;
        long storeEscorts;
        long healthPolls;
        long healthLies;
        long readBack;
        long readBackFailed;
        final List<String> problems = new ArrayList<>();
    }

    private final Service service;
    private final Setup setup;
    private final long seed;
    private final int rounds;
    final List<Round> results = new ArrayList<>();
    /** Every externalId posted in any round, with whether it was acknowledged (at first or on the re-post). */
    private final Map<String, Boolean> postedIds = new ConcurrentHashMap<>();

    private final Map<String, Integer> storedPerExternalId = new HashMap<>();
    private long storeEscorts;
    private final Map<String, Long> readAfter = new HashMap<>();

    CrashRounds(Service service, Setup setup, long seed, int rounds) {
        this.service = service;
        this.setup = setup;
        this.seed = seed;
        this.rounds = rounds;
    }

    void run() throws Exception {
        Random random = new Random(seed);
        for (int r = 1; r <= rounds; r++) {
            Round round = new Round();
            round.round = r;
            round.killAfterSeconds = 2 + random.nextInt(4001) / 1000.0;
            results.add(round);
            System.out.printf("  crash round %d: kill after %.1f s%n", r, round.killAfterSeconds);
            round(round);
        }
    }

    private void round(Round round) throws Exception {
        Map<Posting, Service.Response> answered = new ConcurrentHashMap<>();
        List<Posting> unanswered = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            running.add(clients.submit(() -> {
                Random random = new Random(seed * 31 + round.round * 1009L + client);
                for (int n = 0; !stop.get() && n < 100_000; n++) {
                    Posting posting = posting(random, round.round, client, n);
                    try {
                        Service.Response response =
                                service.post(posting.path(), setup.caseSystem, posting.body(), posting.headers());
                        if (response.status() >= 500) {
                            unanswered.add(posting);
                        } else {
                            answered.put(posting, response);
                        }
                    } catch (IOException e) {
                        unanswered.add(posting);
                        return null;
                    }
                }
                return null;
            }));
        }
        Thread.sleep((long) (round.killAfterSeconds * 1000));
        long pid = service.pid();
        service.kill();
        stop.set(true);
        clients.shutdown();
        if (!clients.awaitTermination(60, TimeUnit.SECONDS)) {
            clients.shutdownNow();
            round.problems.add("clients did not stop within 60 s of the kill");
        }
        System.out.printf(
                "    killed pid %d (SIGKILL); %d answered, %d unanswered%n", pid, answered.size(), unanswered.size());
        Map<String, String> escortIds = new ConcurrentHashMap<>();
        round.requests = answered.size() + unanswered.size();
        for (var entry : answered.entrySet()) {
            acknowledge(round, entry.getKey(), entry.getValue(), escortIds, false);
        }
        for (Posting posting : unanswered) {
            round.posted += posting.externalIds().size();
            round.unanswered += posting.externalIds().size();
            posting.externalIds().forEach(id -> postedIds.putIfAbsent(id, false));
        }

        round.restartSeconds = service.start();
        long ready = System.nanoTime();
        repost(round, unanswered, escortIds);
        catchUp(round, ready);
        readBack(round, escortIds);
        checkStore(round);
        System.out.printf(
                "    posted %d, acknowledged %d, unanswered %d, re-posted OK %d, stored %d, duplicates %d, lost %d,"
                        + " catch-up %.1f s, health lies %d%n",
                round.posted,
                round.acknowledged,
                round.unanswered,
                round.repostedOk,
                round.stored,
                round.duplicates,
                round.lost,
                round.catchUpSeconds,
                round.healthLies);
    }

    /** Counts an answer: 201/200 acknowledge the posting (a batch's CREATED and DUPLICATE items); others refuse it. */
    private boolean acknowledge(
            Round round, Posting posting, Service.Response response, Map<String, String> escortIds, boolean repost) {
        if (!repost) {
            round.posted += posting.externalIds().size();
        }
        if (response.status() != 200 && response.status() != 201) {
            if (!repost) {
                round.refused += posting.externalIds().size();
                round.problems.add(
                        "a valid posting was refused: " + response.status() + " " + excerpt(response.body()));
            }
            posting.externalIds().forEach(id -> postedIds.putIfAbsent(id, false));
            return false;
        }
        JsonNode answer = Contract.JSON.readTree(response.body());
        if (posting.path().endsWith("/batch")) {
            boolean all = true;
            for (JsonNode item : answer.path("items")) {
                String externalId = posting.externalIds().get(item.path("index").asInt());
                String status = item.path("status").asString();
                boolean ok = status.equals("CREATED") || status.equals("DUPLICATE");
                all &= ok;
                if (ok) {
                    if (!repost) {
                        round.acknowledged++;
                    }
                    postedIds.put(externalId, true);
                    if (item.path("type").asString().equals("ESCORT")) {
                        escortIds.put(externalId, item.path("id").asString());
                    }
                } else {
                    postedIds.putIfAbsent(externalId, false);
                    if (!repost) {
                        round.refused++;
                        round.problems.add("a valid batch item was " + status + ": " + excerpt(item.toString()));
                    }
                }
            }
            return all;
        }
        String externalId = posting.externalIds().get(0);
        if (!repost) {
            round.acknowledged++;
        }
        postedIds.put(externalId, true);
        if (posting.path().endsWith("/escorts")) {
            escortIds.put(externalId, answer.path("id").asString());
        }
        return true;
    }

    /** Re-posts each unanswered request (same body, same keys), retrying what the contract says to retry. */
    private void repost(Round round, List<Posting> unanswered, Map<String, String> escortIds) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (Posting posting : unanswered) {
            outcomes.add(clients.submit(() -> {
                long deadline = System.currentTimeMillis() + REPOST_BOUND_MS;
                long backoff = 500;
                String last = "";
                while (System.currentTimeMillis() < deadline) {
                    try {
                        Service.Response response =
                                service.post(posting.path(), setup.caseSystem, posting.body(), posting.headers());
                        boolean retry = response.status() >= 500
                                || (response.status() == 409 && response.body().contains("request-in-progress"));
                        if (!retry) {
                            synchronized (round) {
                                boolean ok = acknowledge(round, posting, response, escortIds, true);
                                if (!ok) {
                                    round.problems.add("re-post answered " + response.status() + ": "
                                            + excerpt(response.body()) + " for "
                                            + posting.externalIds().get(0));
                                }
                                return ok;
                            }
                        }
                        last = response.status() + " " + excerpt(response.body());
                    } catch (IOException e) {
                        last = e.toString();
                    }
                    Thread.sleep(backoff);
                    backoff = Math.min(4000, backoff * 2);
                }
                synchronized (round) {
                    round.problems.add("re-post of " + posting.externalIds().get(0) + " not answered 201/200 within "
                            + REPOST_BOUND_MS / 1000 + " s; last: " + last);
                }
                return false;
            }));
        }
        clients.shutdown();
        clients.awaitTermination(REPOST_BOUND_MS * 2, TimeUnit.MILLISECONDS);
        for (int i = 0; i < outcomes.size(); i++) {
            int items = unanswered.get(i).externalIds().size();
            boolean ok;
            try {
                ok = outcomes.get(i).isDone() && outcomes.get(i).get();
            } catch (Exception e) {
                ok = false;
            }
            if (ok) {
                round.repostedOk += items;
            } else {
                round.repostFailed += items;
            }
        }
    }

    /** Polls readiness, the lag metric and the escort report every 250 ms until the report equals the store. */
    private void catchUp(Round round, long ready) throws Exception {
        readStore();
        round.storeEscorts = storeEscorts;
        long deadline = System.currentTimeMillis() + CATCH_UP_BOUND_MS;
        while (System.currentTimeMillis() < deadline) {
            Service.Response readiness = service.get("/actuator/health/readiness", null);
            List<Long> readinessLags = new ArrayList<>();
            JsonNode details = Contract.JSON
                    .readTree(readiness.body())
                    .path("components")
                    .path("processors")
                    .path("details");
            for (var entry : details.properties()) {
                if (entry.getValue().isObject()) {
                    readinessLags.add(entry.getValue().path("lag").asLong(-1));
                }
            }
            List<Double> metricLags = service.get("/actuator/prometheus", setup.admin)
                    .body()
                    .lines()
                    .filter(line -> line.startsWith("samvaer_processor_lag_events{"))
                    .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                    .toList();
            Service.Response report = service.get("/api/v1/reports/outreach/escorts", setup.admin);
            long total = report.status() == 200
                    ? Contract.JSON.readTree(report.body()).path("escorts").asLong(-1)
                    : -1;
            round.reportTotal = total;
            round.healthPolls++;
            boolean saysCaughtUp = readiness.status() == 200
                    && readinessLags.stream().allMatch(lag -> lag == 0)
                    && metricLags.stream().allMatch(lag -> lag == 0);
            if (saysCaughtUp && total != storeEscorts) {
                round.healthLies++;
                if (round.healthLies <= 3) {
                    round.problems.add(String.format(
                            "health lie at +%.2f s: readiness %d, lag 0 (readiness %s, metric %s), report %d vs store %d",
                            (System.nanoTime() - ready) / 1e9,
                            readiness.status(),
                            readinessLags,
                            metricLags,
                            total,
                            storeEscorts));
                }
            }
            if (total == storeEscorts) {
                round.catchUpSeconds = (System.nanoTime() - ready) / 1e9;
                return;
            }
            Thread.sleep(250);
        }
        round.problems.add("the escort report did not catch up within " + CATCH_UP_BOUND_MS / 1000 + " s: report "
                + round.reportTotal + " vs store " + storeEscorts);
    }

    /** Reads the outreach events appended since the last read through the audit export (the store's own rows). */
    private void readStore() throws Exception {
        for (String type : List.of("EscortProvided", "ReferralMade")) {
            long after = readAfter.getOrDefault(type, 0L);
            while (true) {
                Service.Response page = service.get(
                        "/api/v1/audit/events?type=" + type + "&after=" + after + "&limit=1000", setup.auditor);
                if (page.status() != 200) {
                    throw new IllegalStateException(
                            "audit export answered " + page.status() + ": " + excerpt(page.body()));
                }
                JsonNode events = Contract.JSON.readTree(page.body()).path("events");
                if (events.isEmpty()) {
                    break;
                }
                for (JsonNode event : events) {
                    after = event.path("position").asLong();
                    String externalId =
                            event.path("metadata").path("externalId").asString("");
                    if (!externalId.isEmpty()) {
                        storedPerExternalId.merge(externalId, 1, Integer::sum);
                    }
                    if (type.equals("EscortProvided")) {
                        storeEscorts++;
                    }
                }
            }
            readAfter.put(type, after);
        }
    }

    private void readBack(Round round, Map<String, String> escortIds) throws Exception {
        List<String> ids = new ArrayList<>(escortIds.values());
        Collections.shuffle(ids, new Random(seed + round.round));
        ExecutorService readers = Executors.newFixedThreadPool(4);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (String id : ids.subList(0, Math.min(READ_BACK_MAX, ids.size()))) {
            statuses.add(readers.submit(
                    () -> service.get("/api/v1/escorts/" + id, setup.caseSystem).status()));
        }
        readers.shutdown();
        readers.awaitTermination(5, TimeUnit.MINUTES);
        for (Future<Integer> status : statuses) {
            int s;
            try {
                s = status.isDone() ? status.get() : -1;
            } catch (Exception e) {
                s = -1;
            }
            round.readBack++;
            if (s != 200) {
                round.readBackFailed++;
                if (round.readBackFailed <= 3) {
                    round.problems.add("an acknowledged escort could not be read back: " + s);
                }
            }
        }
    }

    private void checkStore(Round round) {
        String prefix = "c" + round.round + "-";
        for (var posted : postedIds.entrySet()) {
            if (!posted.getKey().startsWith(prefix)) {
                continue;
            }
            int count = storedPerExternalId.getOrDefault(posted.getKey(), 0);
            if (count > 0) {
                round.stored++;
            }
            if (count > 1) {
                round.duplicates++;
                if (round.duplicates <= 3) {
                    round.problems.add(posted.getKey() + " is stored " + count + " times");
                }
            }
            if (posted.getValue() && count == 0) {
                round.lost++;
                if (round.lost <= 3) {
                    round.problems.add(posted.getKey() + " was acknowledged but is not stored");
                }
            }
        }
    }

    /** What a case system sends: mostly single escorts (half with an Idempotency-Key), referrals, and batches. */
    private Posting posting(Random random, int round, int client, int n) {
        String id = "c" + round + "-k" + client + "-n" + n;
        int dice = random.nextInt(100);
        Map<String, String> headers = new LinkedHashMap<>();
        if (dice < 60) {
            if (random.nextBoolean()) {
                headers.put("Idempotency-Key", "idem-" + id);
            }
            return new Posting("/api/v1/escorts", "{" + escort(id, n) + "}", headers, List.of(id), 1);
        }
        if (dice < 75) {
            return new Posting("/api/v1/referrals", "{" + referral(id) + "}", headers, List.of(id), 0);
        }
        int size = 5 + random.nextInt(16);
        List<String> ids = new ArrayList<>();
        StringBuilder items = new StringBuilder();
        int escorts = 0;
        for (int i = 0; i < size; i++) {
            String itemId = id + "-b" + i;
            ids.add(itemId);
            boolean escort = i % 4 != 3;
            escorts += escort ? 1 : 0;
            items.append(i == 0 ? "" : ",")
                    .append("{\"type\":\"")
                    .append(escort ? "ESCORT\"," + escort(itemId, n + i) : "REFERRAL\"," + referral(itemId))
                    .append('}');
        }
        return new Posting("/api/v1/ingest/batch", "{\"items\":[" + items + "]}", headers, ids, escorts);
    }

    private String escort(String externalId, int day) {
        return "\"sourceSystem\":\"nexus-kolding\",\"externalId\":\"" + externalId
                + "\",\"municipalityCode\":\"621\",\"service\":\"SECTION_99\",\"citizenRef\":\"nexus:" + externalId
                + "\",\"centreId\":\"" + setup.idFor("centreId") + "\",\"escortedOn\":\""
                + java.time.LocalDate.of(2025, 1, 1).plusDays(day % 300) + "\"";
    }

    private String referral(String externalId) {
        return "\"sourceSystem\":\"nexus-kolding\",\"externalId\":\"" + externalId
                + "\",\"municipalityCode\":\"621\",\"service\":\"AUTHORITY\",\"citizenRef\":\"nexus:" + externalId
                + "\",\"centreId\":\"" + setup.idFor("centreId") + "\",\"referredOn\":\"2025-04-20\"";
    }

    private static String excerpt(String body) {
        String oneLine = body.replaceAll("\\s+", " ");
        return oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine;
    }

    /** The checks over every round. */
    Map<String, Boolean> checks() {
        Map<String, Boolean> checks = new LinkedHashMap<>();
        checks.put(
                "every acknowledged posting stored (none lost)",
                results.stream().allMatch(r -> r.lost == 0));
        checks.put("no posting stored twice", results.stream().allMatch(r -> r.duplicates == 0));
        checks.put("valid postings acknowledged", results.stream().allMatch(r -> r.refused == 0));
        checks.put(
                "re-posts of unanswered requests answered 201/200",
                results.stream().allMatch(r -> r.repostFailed == 0));
        checks.put(
                "read models catch up (report = store) within " + CATCH_UP_BOUND_MS / 1000 + " s",
                results.stream().allMatch(r -> r.catchUpSeconds >= 0));
        checks.put("each acknowledged escort reads back", results.stream().allMatch(r -> r.readBackFailed == 0));
        checks.put(
                "health told the truth (no UP with lag 0 while behind)",
                results.stream().allMatch(r -> r.healthLies == 0));
        return checks;
    }
}
