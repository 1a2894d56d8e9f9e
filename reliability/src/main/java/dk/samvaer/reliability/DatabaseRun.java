package dk.samvaer.reliability;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Both parts on one database, on one fresh store: the hostile requests first, then the crash rounds. */
final class DatabaseRun {

    private final String db;
    private final Path jar;
    private final Contract contract;
    private final long seed;
    private final int rounds;
    private final int requests;
    private final Results results;

    DatabaseRun(String db, Path jar, Contract contract, long seed, int rounds, int requests, Results results) {
        this.db = db;
        this.jar = jar;
        this.contract = contract;
        this.seed = seed;
        this.rounds = rounds;
        this.requests = requests;
        this.results = results;
    }

    /** Runs both parts; true when every check passed. */
    boolean run() throws Exception {
        Path dir = Path.of("reliability/target/run", db).toAbsolutePath();
        Setup setup = new Setup();
        Map<String, Boolean> checks = new LinkedHashMap<>();
        try (Store store = Store.fresh(db, dir)) {
            results.database(db, store.version);
            setup.writeKeys(dir.resolve("api-keys.yml"));
            try (Service service = new Service(jar, dir.resolve("logs"), store.settings())) {
                System.out.println(db + ": starting the service on a fresh store (" + store.version + ")");
                double started = service.start();
                results.put(db, "start-up seconds (empty store)", started);
                setup.create(service, contract);
                setup.warnings.forEach(w -> System.out.println("  " + w));
                results.put(db, "setup warnings", setup.warnings);
                if (requests > 0) {
                    System.out.printf("%s: %,d hostile requests (seed %d)%n", db, requests, seed);
                    HostileRun hostile = new HostileRun(service, setup, contract, seed, requests);
                    hostile.send();
                    service.stop();
                    StoreScan scan = StoreScan.of(store);
                    hostile.checkStore(scan);
                    results.hostile(db, hostile);
                    checks.putAll(hostile.checks());
                    results.write();
                    if (rounds > 0) {
                        service.start();
                    }
                }
                if (rounds > 0) {
                    System.out.printf("%s: %d crash rounds%n", db, rounds);
                    CrashRounds crash = new CrashRounds(service, setup, seed, rounds);
                    try {
                        crash.run();
                    } finally {
                        results.crash(db, crash);
                    }
                    checks.putAll(crash.checks());
                    service.stop();
                    StoreScan scan = StoreScan.of(store);
                    long cpr = scan.findings.size();
                    results.put(db, "CPR-shaped values in the store at the end (both parts)", cpr);
                    if (cpr > 0) {
                        // where they are, digits masked as the scan keeps them, so the report can be acted on
                        results.put(
                                db,
                                "CPR-shaped values found at the end (table, column, row, excerpt)",
                                scan.findings.stream()
                                        .limit(20)
                                        .map(f -> f.table() + "." + f.column() + " " + f.row() + ": " + f.excerpt())
                                        .toList());
                    }
                    checks.put("no CPR-shaped value in the store at the end (both parts)", cpr == 0);
                }
            }
        }
        results.checks(db, checks);
        boolean passed = checks.values().stream().allMatch(Boolean::booleanValue);
        System.out.println(db + ": " + (passed ? "every check passed" : "checks failed: " + checks));
        return passed;
    }
}
