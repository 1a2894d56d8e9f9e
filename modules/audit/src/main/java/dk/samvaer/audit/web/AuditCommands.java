package dk.samvaer.audit.web;

import dk.samvaer.audit.api.AuditCli;
import dk.samvaer.audit.api.LedgerVerification;
import dk.samvaer.audit.query.AuditEvents;
import dk.samvaer.audit.query.Ledger;
import dk.samvaer.kernel.web.Csv;
import dk.samvaer.reporting.api.AsOfReports;
import dk.samvaer.reporting.api.AsOfReports.AsOfFigures;
import dk.samvaer.reporting.api.AsOfReports.AsOfMethod;
import dk.samvaer.reporting.api.ReportSnapshot;
import dk.samvaer.reporting.api.ReportTables;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The offline audit commands behind {@code java -jar samvaer.jar audit ...}: they only read the configured database.
 *
 * <pre>
 * audit verify [--position P --chain-hash H]        exit 0 when the ledger matches, 1 when not
 * audit figures --year Y [--as-of I] [--replay] [--format csv]
 *                                                   the project-year figures as they stood at an instant: by query,
 *                                                   or with --replay rebuilt from the events in an isolated replica
 * audit export [--after P] [--limit N]              the events after a position, as NDJSON
 * audit rebuild                                     rebuild every report in an isolated replica; equal to the stored?
 * </pre>
 */
@Component
class AuditCommands implements AuditCli {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Ledger ledger;
    private final AsOfReports reconstruction;
    private final AuditEvents events;
    private final ReportSnapshot stored;

    AuditCommands(Ledger ledger, AsOfReports reconstruction, AuditEvents events, ReportSnapshot stored) {
        this.ledger = ledger;
        this.reconstruction = reconstruction;
        this.events = events;
        this.stored = stored;
    }

    /** Runs one command; returns the process exit code (2 for a usage error). */
    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            return usage(err, "a command is required");
        }
        Map<String, String> options = options(args.subList(1, args.size()));
        if (options == null) {
            return usage(err, "options are --name value pairs");
        }
        try {
            return switch (args.get(0)) {
                case "verify" -> verify(options, out);
                case "figures" -> figures(options, out, err);
                case "export" -> export(options, out);
                case "rebuild" -> rebuild(out);
                default -> usage(err, "unknown command '" + args.get(0) + "'");
            };
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            return usage(err, e.getMessage());
        } catch (DataAccessException e) {
            err.println("samvaer audit: cannot read the database (is it a Samvær database of this version?): "
                    + e.getMostSpecificCause().getClass().getSimpleName());
            return 3;
        }
    }

    private int verify(Map<String, String> options, PrintStream out) {
        Long position = options.containsKey("position") ? Long.valueOf(options.get("position")) : null;
        LedgerVerification verification = ledger.verify(position, options.get("chain-hash"));
        out.println(JSON.writeValueAsString(verification));
        return verification.ok() ? 0 : 1;
    }

    private int figures(Map<String, String> options, PrintStream out, PrintStream err) {
        if (!options.containsKey("year")) {
            return usage(err, "figures needs --year");
        }
        Instant asOf = options.containsKey("as-of") ? Instant.parse(options.get("as-of")) : null;
        AsOfMethod method =
                AsOfMethod.valueOf(options.getOrDefault("method", "query").toUpperCase(java.util.Locale.ROOT));
        AsOfFigures figures = reconstruction.projectYear(Integer.parseInt(options.get("year")), asOf, null, method);
        if ("csv".equals(options.get("format"))) {
            out.print(Csv.write(ReportTables.projectYear(figures.figures())));
        } else {
            out.println(JSON.writeValueAsString(figures));
        }
        return 0;
    }

    private int export(Map<String, String> options, PrintStream out) {
        long after = Long.parseLong(options.getOrDefault("after", "0"));
        long limit = Long.parseLong(options.getOrDefault("limit", "-1"));
        AuditController.writeNdjson(events, new AuditEvents.Filter(after, null, null, null, null), limit, out);
        out.flush();
        return 0;
    }

    private int rebuild(PrintStream out) {
        Map<String, Object> before = stored.snapshot();
        Map<String, Object> rebuilt = reconstruction.rebuiltSnapshot();
        List<String> differences = new ArrayList<>();
        rebuilt.forEach((key, value) -> {
            if (!Objects.equals(before.get(key), value)) {
                differences.add(key);
            }
        });
        Map<String, Object> answer = new HashMap<>();
        answer.put("equal", differences.isEmpty());
        answer.put("differences", differences);
        out.println(JSON.writeValueAsString(answer));
        return differences.isEmpty() ? 0 : 1;
    }

    private static Map<String, String> options(List<String> args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--spring.") || arg.startsWith("--samvaer.") || arg.startsWith("--server.")) {
                continue;
            }
            if (arg.equals("--replay")) {
                options.put("method", "replay");
                continue;
            }
            if (!arg.startsWith("--") || i + 1 >= args.size()) {
                return null;
            }
            options.put(arg.substring(2), args.get(++i));
        }
        return options;
    }

    private static int usage(PrintStream err, String problem) {
        err.println("samvaer audit: " + problem);
        err.println("usage: java -jar samvaer.jar audit verify [--position P --chain-hash H]");
        err.println("       java -jar samvaer.jar audit figures --year 2025 [--as-of 2026-01-31T00:00:00Z] [--replay]"
                + " [--format csv]");
        err.println("       java -jar samvaer.jar audit export [--after POSITION] [--limit N] > events.ndjson");
        err.println("       java -jar samvaer.jar audit rebuild");
        err.println(
                "Point at a database with --spring.datasource.url=... (and username/password), as for the service.");
        return 2;
    }
}
