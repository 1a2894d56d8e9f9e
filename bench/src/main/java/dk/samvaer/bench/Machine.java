package dk.samvaer.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The facts about this machine and run that every measurement reports beside its figures (the benchmark and the
 * reliability suite): date, cores, memory, JDK, OS, the options and the measuring JVM's own arguments.
 */
public final class Machine {

    private Machine() {}

    /** The facts, with the measuring JVM's arguments under {@code jvmKey}. */
    public static Map<String, Object> facts(Map<String, String> options, String jvmKey) throws IOException {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("date", LocalDateTime.now(ZoneOffset.UTC).withNano(0) + "Z");
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("memory", memory());
        machine.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("options", options);
        machine.put(jvmKey, ManagementFactory.getRuntimeMXBean().getInputArguments());
        return machine;
    }

    private static String memory() throws IOException {
        Path meminfo = Path.of("/proc/meminfo");
        if (!Files.exists(meminfo)) {
            return "unknown";
        }
        long kb = Files.readAllLines(meminfo).stream()
                .filter(line -> line.startsWith("MemTotal:"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                .findFirst()
                .orElse(0);
        return String.format("%.1f GiB", kb / 1024.0 / 1024.0);
    }
}
