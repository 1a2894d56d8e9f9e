package dk.samvaer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How the service's JVM is launched: the fat jar as the README starts it, or the way ops/Dockerfile runs it in
 * production (the jar extracted, with a class-data-sharing archive from a training run).
 */
record Launch(String name, List<String> javaArguments) {

    static Launch fatJar(Path jar) {
        return new Launch("fat jar", List.of("-jar", jar.toString()));
    }

    /** Extracts the jar and records a class-data-sharing archive from one start that exits after the refresh. */
    static Launch classDataSharing(Path jar, Path directory) throws Exception {
        Path app = directory.resolve("app");
        Path archive = directory.resolve("samvaer.jsa");
        run(
                directory,
                List.of(
                        "-Djarmode=tools",
                        "-jar",
                        jar.toString(),
                        "extract",
                        "--force",
                        "--destination",
                        app.toString()));
        Files.deleteIfExists(archive);
        run(
                directory,
                List.of(
                        "-XX:ArchiveClassesAtExit=" + archive,
                        "-Dspring.context.exit=onRefresh",
                        "-jar",
                        app.resolve("samvaer.jar").toString(),
                        "--samvaer.data-dir=" + directory.resolve("training").toAbsolutePath()));
        if (!Files.exists(archive)) {
            throw new IllegalStateException("no class-data-sharing archive was written; see " + directory);
        }
        return new Launch(
                "extracted jar with class-data sharing, as in ops/Dockerfile",
                List.of(
                        "-XX:SharedArchiveFile=" + archive,
                        "-jar",
                        app.resolve("samvaer.jar").toString()));
    }

    private static void run(Path directory, List<String> arguments) throws Exception {
        Files.createDirectories(directory);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(arguments);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("launch.log").toFile())
                .start();
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("failed: " + command + "; see " + directory.resolve("launch.log"));
        }
    }
}
