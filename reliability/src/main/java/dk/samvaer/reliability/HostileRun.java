package dk.samvaer.reliability;

import dk.samvaer.reliability.HostileRequests.Request;
import dk.samvaer.reliability.Sender.Answer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;

/**
 * Part (b): the generated hostile requests against a running service, and their checks: no 5xx, every 4xx/5xx a
 * problem+json, no event from a refused request, no CPR-shaped value in the store, healthy at the end.
 */
final class HostileRun {

    static final int CLIENTS = 4;
    static final int MAX_VIOLATIONS_KEPT = 5000;

    /** A check that failed, with the request that caused it (seed and index replay it: --show=INDEX). */
    record Violation(
            String check,
            long seed,
            long index,
            String operation,
            String mutation,
            int status,
            String detail,
            String request) {}

    private final Service service;
    private final Setup setup;
    private final long seed;
    private final int count;
    private final Contract contract;

    final Map<String, Map<String, Long>> byOperation = new TreeMap<>();
    final Map<String, Map<String, Long>> byMutation = new TreeMap<>();
    final Map<String, Long> byStatus = new TreeMap<>();
    final List<Violation> violations = Collections.synchronizedList(new ArrayList<>());
    final Map<String, Long> violationCounts = new TreeMap<>();
    final Map<Long, Integer> statusOf = new ConcurrentHashMap<>();
    long answered2xx;
    long eventsFrom2xx;
    long eventsBefore;
    long eventsAfter;
    long cprValuesScanned;
    double seconds;
    boolean healthyAtEnd;
    String healthDetail = "";
    private final Map<Long, Request> requestsOf2xx = new ConcurrentHashMap<>();
    private final AtomicLong done = new AtomicLong();

    HostileRun(Service service, Setup setup, Contract contract, long seed, int count) {
        this.service = service;
        this.setup = setup;
        this.contract = contract;
        this.seed = seed;
        this.count = count;
    }

    HostileRequests generator() {
        return new HostileRequests(contract, setup::idFor, setup::fillPath, seed);
    }

    /** Sends every request; the store is checked afterwards by {@link #checkStore}, once the service has stopped. */
    void send() throws Exception {
        HostileRequests generator = generator();
        Sender sender = new Sender(service, setup.keys());
        eventsBefore = setup.head();
        long began = System.nanoTime();
        long deadline = began + TimeUnit.MINUTES.toNanos(30);
        AtomicLong next = new AtomicLong();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (int c = 0; c < CLIENTS; c++) {
                clients.submit(() -> {
                    for (long i; (i = next.getAndIncrement()) < count && System.nanoTime() < deadline; ) {
                        Request request;
                        synchronized (generator) {
                            request = generator.generate(i);
                        }
                        Answer answer = sender.send(request);
                        record(request, answer);
                        long n = done.incrementAndGet();
                        if (n % 5000 == 0) {
                            System.out.printf("  hostile: %,d of %,d sent%n", n, count);
                        }
                    }
                    return null;
                });
            }
            clients.shutdown();
            if (!clients.awaitTermination(31, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the hostile clients did not finish in time");
            }
        } finally {
            clients.shutdownNow();
        }
        seconds = (System.nanoTime() - began) / 1e9;
        if (done.get() < count) {
            violation("time bound", null, -1, "only " + done.get() + " of " + count + " requests were sent in 30 min");
        }
        healthAtEnd();
        eventsAfter = setup.head();
    }

    private synchronized void count(Map<String, Map<String, Long>> table, String row, String column) {
        table.computeIfAbsent(row, r -> new TreeMap<>()).merge(column, 1L, Long::sum);
        table.computeIfAbsent(row, r -> new TreeMap<>()).merge("total", 1L, Long::sum);
    }

    private void record(Request request, Answer answer) {
        String status = answer.status() < 0 ? "no answer" : String.valueOf(answer.status());
        count(byOperation, request.operation(), statusClass(answer.status()));
        count(byMutation, request.mutation(), statusClass(answer.status()));
        synchronized (this) {
            byStatus.merge(status, 1L, Long::sum);
        }
        statusOf.put(request.index(), answer.status());
        if (answer.status() >= 200 && answer.status() < 300) {
            synchronized (this) {
                answered2xx++;
            }
            requestsOf2xx.put(request.index(), request);
        }
        if (answer.status() < 0) {
            violation("an answer to every request", request, answer.status(), answer.failure());
        } else if (answer.status() >= 500 && !protocolLevel(request, answer.status())) {
            violation("no 5xx", request, answer.status(), answer.contentType() + " " + excerpt(answer.body()));
        }
        if (answer.status() >= 400 && !answer.contentType().startsWith("application/problem+json")) {
            violation(
                    "4xx/5xx are application/problem+json",
                    request,
                    answer.status(),
                    "Content-Type '" + answer.contentType() + "' " + excerpt(answer.body()));
        }
    }

    /**
     * 501 to a method the server does not know and 505 to an HTTP version it does not speak are what RFC 9110 prescribes,
     * not faults; they are counted, and must still be problem+json, but are not "5xx" faults.
     */
    static boolean protocolLevel(Request request, int status) {
        boolean standardMethod = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE")
                .contains(request.method());
        return (status == 501 && !standardMethod)
                || (status == 505
                        && request.rawRequestLine() != null
                        && !request.rawRequestLine().endsWith("HTTP/1.1"));
    }

    private static String statusClass(int status) {
        return status < 0 ? "none" : (status / 100) + "xx";
    }

    private static String excerpt(String body) {
        String oneLine = body.replaceAll("\\s+", " ");
        return HostileRequests.escape(oneLine.length() > 160 ? oneLine.substring(0, 160) + "…" : oneLine);
    }

    void violation(String check, Request request, int status, String detail) {
        synchronized (violationCounts) {
            violationCounts.merge(check, 1L, Long::sum);
        }
        if (violations.size() < MAX_VIOLATIONS_KEPT) {
            violations.add(new Violation(
                    check,
                    seed,
                    request == null ? -1 : request.index(),
                    request == null ? "" : request.operation(),
                    request == null ? "" : request.mutation(),
                    status,
                    detail,
                    request == null ? "" : request.summary()));
        }
    }

    private void healthAtEnd() throws Exception {
        Service.Response readiness = service.get("/actuator/health/readiness", null);
        Service.Response liveness = service.get("/actuator/health/liveness", null);
        boolean processorsOk = true;
        JsonNode components = Contract.JSON.readTree(readiness.body()).path("components");
        JsonNode processors = components.path("processors").path("details");
        for (var entry : processors.properties()) {
            JsonNode p = entry.getValue();
            if (p.isObject()
                    && (!p.path("running").asBoolean() || p.path("error").asBoolean())) {
                processorsOk = false;
                healthDetail += entry.getKey() + " running=" + p.path("running") + " error=" + p.path("error") + "; ";
            }
        }
        healthyAtEnd = readiness.status() == 200 && liveness.status() == 200 && processorsOk;
        healthDetail = "readiness " + readiness.status() + ", liveness " + liveness.status()
                + (processorsOk ? "" : ", processors: " + healthDetail);
        if (!healthyAtEnd) {
            violation("healthy at the end", null, readiness.status(), healthDetail);
        }
    }

    /** With the service stopped: every event after the setup attributed to its request, and the CPR scan. */
    void checkStore(StoreScan scan) {
        HostileRequests generator = generator();
        String prefix = generator
                .correlationId(0)
                .substring(0, generator.correlationId(0).lastIndexOf('-') + 1);
        Map<Long, Integer> eventsPerRequest = new HashMap<>();
        for (StoreScan.Event event : scan.events) {
            if (event.position() <= eventsBefore) {
                continue;
            }
            String correlation = event.metadata().getOrDefault("correlationId", "");
            if (!correlation.startsWith(prefix)) {
                violation(
                        "no event from a refused request",
                        null,
                        0,
                        "event " + event.position() + " " + event.type() + " with correlationId '" + correlation
                                + "' is not from any request of this run");
                continue;
            }
            long index = Long.parseLong(correlation.substring(prefix.length()), 36);
            eventsPerRequest.merge(index, 1, Integer::sum);
            Integer status = statusOf.get(index);
            if (status == null || status < 200 || status >= 300) {
                Request request;
                synchronized (generator) {
                    request = generator.generate(index);
                }
                violation(
                        "no event from a refused request",
                        request,
                        status == null ? -1 : status,
                        "event " + event.position() + " " + event.type() + " stored although the answer was " + status);
            } else {
                eventsFrom2xx++;
            }
        }
        cprValuesScanned = scan.valuesScanned;
        for (StoreScan.Finding finding : scan.findings) {
            Request request = null;
            if (finding.correlationId() != null && finding.correlationId().startsWith(prefix)) {
                synchronized (generator) {
                    request = generator.generate(
                            Long.parseLong(finding.correlationId().substring(prefix.length()), 36));
                }
            }
            violation(
                    "no CPR-shaped value in the store",
                    request,
                    request == null ? 0 : statusOf.getOrDefault(request.index(), -1),
                    finding.table() + "." + finding.column() + " " + finding.row() + ": " + finding.excerpt()
                            + (finding.correlationId() == null
                                    ? ""
                                    : " (correlationId " + finding.correlationId() + ")"));
        }
    }

    /** The checks and their outcome. */
    Map<String, Boolean> checks() {
        Map<String, Boolean> checks = new LinkedHashMap<>();
        for (String check : List.of(
                "an answer to every request",
                "no 5xx",
                "4xx/5xx are application/problem+json",
                "no event from a refused request",
                "no CPR-shaped value in the store",
                "healthy at the end")) {
            checks.put(check, !violationCounts.containsKey(check));
        }
        return checks;
    }

    long seed() {
        return seed;
    }

    long sent() {
        return done.get();
    }
}
