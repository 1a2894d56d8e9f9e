package dk.samvaer.reliability;

import dk.samvaer.bench.Machine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reliability suite against the built service jar on this machine: for each database, the hostile requests (part
 * b) and then the crash rounds (part a) on one fresh store; writes {@code reliability/results/results.md} and {@code
 * results.json} and exits non-zero when any check failed.
 *
 * <p>Options: {@code --db=h2,postgres} (default both; PostgreSQL must answer at 127.0.0.1:5432 when named), {@code
 * --rounds=N} crash rounds per database (default 5), {@code --requests=N} hostile requests per database (default
 * 50000), {@code --seed=S} (default: random, printed), {@code --show=INDEX} prints hostile request INDEX of the seed
 * and exits (the replay of a reported violation).
 */
public final class Reliability {

    private Reliability() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of(
                "db", "h2,postgres",
                "rounds", "5",
                "requests", "50000",
                "seed", String.valueOf(Math.abs(System.nanoTime() % 1_000_000_000L)),
                "jar", "modules/app/target/samvaer.jar",
                "spec", "api-spec/openapi.yaml",
                "out", "reliability/results"));
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length == 2 ? pair[1] : "true");
        }
        long seed = Long.parseLong(options.get("seed"));
        Contract contract = new Contract(Path.of(options.get("spec")));
        if (options.containsKey("show")) {
            show(contract, seed, Long.parseLong(options.get("show")));
            return;
        }
        Path jar = Path.of(options.get("jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with ./mvnw -DskipTests package");
        }
        System.out.println("reliability: seed " + seed + " (replay a request with --seed=" + seed + " --show=INDEX)");
        Path out = Path.of(options.get("out"));
        Results results = new Results(machine(options), out);
        boolean passed = true;
        for (String db : options.get("db").split(",")) {
            if (db.equals("postgres") && !Store.postgresAnswers()) {
                results.failure(db, "PostgreSQL does not answer at " + Store.PG_ADMIN_URL);
                passed = false;
                continue;
            }
            try {
                passed &= new DatabaseRun(
                                db,
                                jar,
                                contract,
                                seed,
                                Integer.parseInt(options.get("rounds")),
                                Integer.parseInt(options.get("requests")),
                                results)
                        .run();
            } catch (Exception e) {
                e.printStackTrace();
                results.failure(db, "the run failed: " + e);
                passed = false;
            }
            results.write(out);
        }
        results.write(out);
        System.out.println(Files.readString(out.resolve("results.md")));
        System.out.println(passed ? "reliability: every check passed" : "reliability: CHECKS FAILED (see above)");
        System.exit(passed ? 0 : 1);
    }

    private static void show(Contract contract, long seed, long index) {
        Setup setup = new Setup();
        HostileRequests generator = new HostileRequests(contract, setup::idFor, setup::fillPath, seed);
        HostileRequests.Request request = generator.generate(index);
        System.out.println("seed " + seed + ", request " + index + ": " + request.operation() + ", mutation '"
                + request.mutation() + "'");
        System.out.println(request.summary());
        System.out.println("(ids of the run's own resources are replaced by placeholders here)");
    }

    private static Map<String, Object> machine(Map<String, String> options) throws IOException {
        Map<String, Object> machine = Machine.facts(options, "suiteJvm");
        machine.put("commit", commit());
        return machine;
    }

    private static String commit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD")
                    .redirectErrorStream(true)
                    .start();
            String head = new String(git.getInputStream().readAllBytes()).trim();
            git.waitFor();
            return git.exitValue() == 0 ? head : "unknown";
        } catch (Exception e) {
            return "unknown";
        }
    }

    static List<String> lines(String text) {
        return List.of(text.split("\n"));
    }
}
