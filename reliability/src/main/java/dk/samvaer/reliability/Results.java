package dk.samvaer.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The figures and checks of a run, written as results.md and results.json (after each part, so a failure keeps them). */
final class Results {

    private final Map<String, Object> machine;
    private final Map<String, Map<String, Object>> databases = new LinkedHashMap<>();
    private Path out;

    Results(Map<String, Object> machine, Path out) {
        this.machine = machine;
        this.out = out;
    }

    private Map<String, Object> of(String db) {
        return databases.computeIfAbsent(db, d -> new LinkedHashMap<>());
    }

    void database(String db, String version) {
        machine.put("database." + db, version);
    }

    void put(String db, String name, Object value) {
        of(db).put(name, value);
    }

    void failure(String db, String message) {
        of(db).put("failure", message);
        checks(db, Map.of("the run completed", false));
    }

    @SuppressWarnings("unchecked")
    void checks(String db, Map<String, Boolean> checks) {
        ((Map<String, Boolean>) of(db).computeIfAbsent("checks", c -> new LinkedHashMap<>())).putAll(checks);
    }

    void hostile(String db, HostileRun run) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("seed", run.seed());
        h.put("sent", run.sent());
        h.put("seconds", Math.round(run.seconds * 10) / 10.0);
        h.put("answered 2xx", run.answered2xx);
        h.put("store head before", run.eventsBefore);
        h.put("store head after", run.eventsAfter);
        h.put("events stored by 2xx requests", run.eventsFrom2xx);
        h.put("values scanned for CPR shapes", run.cprValuesScanned);
        h.put("healthy at the end", run.healthyAtEnd + " (" + run.healthDetail + ")");
        h.put("by status", run.byStatus);
        h.put("by operation", run.byOperation);
        h.put("by mutation", run.byMutation);
        h.put("violation counts", run.violationCounts);
        h.put("violations", new ArrayList<>(run.violations));
        of(db).put("hostile", h);
    }

    void crash(String db, CrashRounds crash) {
        of(db).put("crash rounds", crash.results);
    }

    void write() throws IOException {
        write(out);
    }

    @SuppressWarnings("unchecked")
    void write(Path directory) throws IOException {
        out = directory;
        Files.createDirectories(directory);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("machine", machine);
        json.put("databases", databases);
        Files.write(
                directory.resolve("results.json"),
                Contract.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(json));
        StringBuilder md = new StringBuilder("# Samvær reliability results\n\n");
        machine.forEach(
                (k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        for (var entry : databases.entrySet()) {
            String db = entry.getKey();
            Map<String, Object> d = entry.getValue();
            md.append("\n## ").append(db).append("\n\n");
            if (d.containsKey("failure")) {
                md.append("**The run failed:** ").append(d.get("failure")).append("\n\n");
            }
            Map<String, Boolean> checks = (Map<String, Boolean>) d.getOrDefault("checks", Map.of());
            md.append("| check | result |\n|---|---|\n");
            checks.forEach((check, ok) -> md.append("| ")
                    .append(check)
                    .append(" | ")
                    .append(ok ? "pass" : "**FAIL**")
                    .append(" |\n"));
            md.append('\n');
            d.forEach((k, v) -> {
                if (!List.of("checks", "hostile", "crash rounds", "failure").contains(k)) {
                    md.append("- ").append(k).append(": ").append(v).append('\n');
                }
            });
            if (d.get("hostile") instanceof Map<?, ?> h) {
                hostileMarkdown(md, (Map<String, Object>) h);
            }
            if (d.get("crash rounds") instanceof List<?> rounds) {
                crashMarkdown(md, (List<CrashRounds.Round>) rounds);
            }
        }
        // getBytes replaces what UTF-8 cannot encode (an excerpt cut inside a surrogate pair) instead of throwing
        Files.write(directory.resolve("results.md"), md.toString().getBytes(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static void hostileMarkdown(StringBuilder md, Map<String, Object> h) {
        md.append("\n### Hostile requests\n\n");
        h.forEach((k, v) -> {
            if (!(v instanceof Map) && !(v instanceof List)) {
                md.append("- ").append(k).append(": ").append(v).append('\n');
            }
        });
        md.append("- by status: ").append(h.get("by status")).append("\n\n");
        table(md, "operation", (Map<String, Map<String, Long>>) h.get("by operation"));
        table(md, "mutation", (Map<String, Map<String, Long>>) h.get("by mutation"));
        md.append("Violations by check: ").append(h.get("violation counts")).append("\n\n");
        List<HostileRun.Violation> violations = (List<HostileRun.Violation>) h.get("violations");
        if (!violations.isEmpty()) {
            // grouped: check, operation and mutation, with the first requests that caused it (all are in results.json)
            Map<String, List<HostileRun.Violation>> groups = violations.stream()
                    .collect(Collectors.groupingBy(
                            v -> v.check() + " | " + v.operation() + " | " + v.mutation(),
                            LinkedHashMap::new,
                            Collectors.toList()));
            md.append("| check | operation | mutation | count | statuses | first (seed:index) | example |\n")
                    .append("|---|---|---|---:|---|---|---|\n");
            groups.forEach((key, list) -> {
                HostileRun.Violation first = list.get(0);
                md.append("| ")
                        .append(key)
                        .append(" | ")
                        .append(list.size())
                        .append(" | ")
                        .append(list.stream()
                                .map(v -> String.valueOf(v.status()))
                                .distinct()
                                .sorted()
                                .collect(Collectors.joining(" ")))
                        .append(" | ")
                        .append(list.stream()
                                .limit(5)
                                .map(v -> v.seed() + ":" + v.index())
                                .collect(Collectors.joining(" ")))
                        .append(" | ")
                        .append(cell(first.request() + " → " + first.detail()))
                        .append(" |\n");
            });
            md.append('\n');
        }
    }

    private static String cell(String text) {
        String shown = text.length() > 400 ? text.substring(0, 400) + "…" : text;
        return "`" + shown.replace("`", "'").replace("|", "\\|") + "`";
    }

    private static void table(StringBuilder md, String name, Map<String, Map<String, Long>> rows) {
        List<String> columns = List.of("2xx", "4xx", "5xx", "none", "total");
        md.append("| ")
                .append(name)
                .append(" | ")
                .append(String.join(" | ", columns))
                .append(" |\n|---|");
        columns.forEach(c -> md.append("---:|"));
        md.append('\n');
        rows.forEach((row, counts) -> {
            md.append("| ").append(row.replace("|", "\\|")).append(" |");
            columns.forEach(
                    c -> md.append(' ').append(counts.getOrDefault(c, 0L)).append(" |"));
            md.append('\n');
        });
        md.append('\n');
    }

    private static void crashMarkdown(StringBuilder md, List<CrashRounds.Round> rounds) {
        md.append("\n### Crash rounds\n\n")
                .append("| round | kill after | requests | posted | acknowledged | unanswered | re-posted OK |"
                        + " re-post failed | refused | stored | duplicates | lost | restart | catch-up | report / store"
                        + " | health polls | health lies | read back (failed) |\n")
                .append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---|\n");
        for (CrashRounds.Round r : rounds) {
            md.append(String.format(
                    "| %d | %.1f s | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %.1f s | %s | %d / %d | %d | %d"
                            + " | %d (%d) |\n",
                    r.round,
                    r.killAfterSeconds,
                    r.requests,
                    r.posted,
                    r.acknowledged,
                    r.unanswered,
                    r.repostedOk,
                    r.repostFailed,
                    r.refused,
                    r.stored,
                    r.duplicates,
                    r.lost,
                    r.restartSeconds,
                    r.catchUpSeconds < 0 ? "**not within bound**" : String.format("%.1f s", r.catchUpSeconds),
                    r.reportTotal,
                    r.storeEscorts,
                    r.healthPolls,
                    r.healthLies,
                    r.readBack,
                    r.readBackFailed));
        }
        md.append('\n');
        for (CrashRounds.Round r : rounds) {
            r.problems.stream().limit(12).forEach(p -> md.append("- round ")
                    .append(r.round)
                    .append(": ")
                    .append(p.replace("|", "\\|"))
                    .append('\n'));
        }
    }
}
