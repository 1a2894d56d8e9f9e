package dk.samvaer.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dk.samvaer.kernel.Capability;
import dk.samvaer.kernel.Pseudonym;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/events.md} is generated from the code, like the OpenAPI contract: every event (a record with a
 * {@code @Revision} in a context's {@code api} package) with its revision, meaning (its Javadoc), fields, the module
 * that emits it and what consumes it, and the module map with each module's allowed dependencies (its pom). The test
 * fails when the committed file differs; regenerate with {@code -Dsamvaer.events.write=true} and review the diff.
 */
class EventCatalogueTest {

    static final Path ROOT = Path.of("../..");
    static final Path CATALOGUE = ROOT.resolve("docs/events.md");

    private static final Pattern JAVADOC =
            Pattern.compile("/\\*\\*(.*?)\\*/\\s*(?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*" + "public record ", Pattern.DOTALL);
    private static final Pattern DEPENDENCY = Pattern.compile(
            "<artifactId>samvaer-(\\w+)</artifactId>(?:(?!</dependency>).)*</dependency>", Pattern.DOTALL);

    @Test
    void theEventCatalogueIsWhatTheCodeSays() throws IOException {
        String generated = catalogue();
        if (Boolean.getBoolean("samvaer.events.write")) {
            Files.writeString(CATALOGUE, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(CATALOGUE))
                .as("docs/events.md is missing; write it with -Dsamvaer.events.write=true")
                .isTrue();
        assertThat(Files.readString(CATALOGUE, StandardCharsets.UTF_8))
                .as("docs/events.md differs from the code; regenerate with -Dsamvaer.events.write=true")
                .isEqualTo(generated);
    }

    static String catalogue() throws IOException {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dk.samvaer");
        SortedMap<String, Class<?>> events = new TreeMap<>();
        Map<String, SortedSet<String>> consumers = new TreeMap<>();
        for (JavaClass type : classes) {
            if (type.isAnnotatedWith(Revision.class)
                    && type.getPackageName().matches("dk\\.samvaer\\.\\w+\\.api")
                    && type.reflect().isRecord()) {
                events.put(type.getSimpleName(), type.reflect());
            }
            for (JavaMethod method : type.getMethods()) {
                boolean projection = method.isAnnotatedWith(EventHandler.class);
                boolean aggregate = method.isAnnotatedWith(EventSourcingHandler.class);
                if ((projection || aggregate) && !method.getRawParameterTypes().isEmpty()) {
                    consumers
                            .computeIfAbsent(
                                    method.getRawParameterTypes().get(0).getSimpleName(), name -> new TreeSet<>())
                            .add(module(type.getPackageName()) + ": " + type.getSimpleName()
                                    + (aggregate ? " (aggregate)" : ""));
                }
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("# Events and modules\n\n")
                .append("Generated from the code by `EventCatalogueTest` (regenerate with\n")
                .append("`./mvnw verify -Dsamvaer.events.write=true`; the test fails when this file differs).\n")
                .append("The events are the records with a `@Revision` in each context's `api` package; the\n")
                .append("outbound feed (`GET /api/v1/feed`) serves them in this shape, with `version` = revision.\n")
                .append("Fields marked *pseudonym* reach only programme admins and auditors; fields marked\n")
                .append("*capability* never leave in the feed.\n\n");
        appendModules(out);
        out.append("## Events\n\n");
        for (Map.Entry<String, Class<?>> entry : events.entrySet()) {
            Class<?> event = entry.getValue();
            out.append("### ").append(entry.getKey()).append("\n\n");
            out.append("Emitted by `")
                    .append(module(event.getPackageName()))
                    .append("` · revision ")
                    .append(event.getAnnotation(Revision.class).value())
                    .append("\n\n");
            String meaning = meaning(event);
            if (!meaning.isEmpty()) {
                out.append(meaning).append("\n\n");
            }
            out.append("| field | type |\n|---|---|\n");
            for (RecordComponent component : event.getRecordComponents()) {
                out.append("| `")
                        .append(component.getName())
                        .append("` | ")
                        .append(component.getGenericType().getTypeName().replaceAll("[\\w.]+\\.(\\w+)", "$1"))
                        .append(component.isAnnotationPresent(Pseudonym.class) ? " (pseudonym)" : "")
                        .append(component.isAnnotationPresent(Capability.class) ? " (capability)" : "")
                        .append(" |\n");
            }
            SortedSet<String> by = consumers.getOrDefault(entry.getKey(), new TreeSet<>());
            out.append("\nConsumed by: ")
                    .append(by.isEmpty() ? "the feed and webhooks only" : String.join("; ", by))
                    .append("\n\n");
        }
        return out.toString();
    }

    /** The module map: each module and the modules of ours it may depend on (its pom, test scope left out). */
    private static void appendModules(StringBuilder out) throws IOException {
        out.append("## Modules and their allowed dependencies\n\n| module | may depend on |\n|---|---|\n");
        List<Path> poms;
        try (Stream<Path> modules = Files.list(ROOT.resolve("modules"))) {
            poms = modules.map(module -> module.resolve("pom.xml"))
                    .filter(Files::exists)
                    .sorted()
                    .toList();
        }
        for (Path pom : poms) {
            String xml = Files.readString(pom, StandardCharsets.UTF_8);
            List<String> uses = new ArrayList<>();
            Matcher dependency = DEPENDENCY.matcher(xml.substring(xml.indexOf("<dependencies>")));
            while (dependency.find()) {
                if (!dependency.group().contains("<scope>test</scope>")) {
                    uses.add(dependency.group(1));
                }
            }
            out.append("| `")
                    .append(pom.getParent().getFileName())
                    .append("` | ")
                    .append(
                            uses.isEmpty()
                                    ? "nothing of ours"
                                    : String.join(", ", uses.stream().distinct().toList()))
                    .append(" |\n");
        }
        out.append('\n');
    }

    /** The event's Javadoc, from its source file, as one paragraph. */
    private static String meaning(Class<?> event) throws IOException {
        Path source = ROOT.resolve("modules")
                .resolve(module(event.getPackageName()))
                .resolve("src/main/java")
                .resolve(event.getName().replace('.', '/') + ".java");
        if (!Files.exists(source)) {
            return "";
        }
        Matcher javadoc = JAVADOC.matcher(Files.readString(source, StandardCharsets.UTF_8));
        if (!javadoc.find()) {
            return "";
        }
        return javadoc.group(1)
                .replaceAll("(?m)^\\s*\\*\\s?", "")
                .replaceAll("\\{@(?:code|link) ([^}]*)}", "`$1`")
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static String module(String packageName) {
        return packageName.split("\\.")[2];
    }
}
