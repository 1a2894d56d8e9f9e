package dk.samvaer.audit.api;

import java.io.PrintStream;
import java.util.List;

/** The offline, read-only audit commands ({@code java -jar samvaer.jar audit ...}). */
public interface AuditCli {

    /** Runs one command with its arguments; returns the process exit code. */
    int run(List<String> args, PrintStream out, PrintStream err);
}
