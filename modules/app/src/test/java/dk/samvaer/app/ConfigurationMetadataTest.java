package dk.samvaer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README's settings table and the typed settings are one list: every {@code samvaer.*} setting is bound by a
 * {@code @ConfigurationProperties} record, so Spring's configuration processor describes it to IDEs, and every such
 * setting is in the README with the default the record gives it.
 */
class ConfigurationMetadataTest {

    private static final Path README = EventCatalogueTest.ROOT.resolve("README.md");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    @Test
    void everySettingInTheReadmeIsATypedProperty() throws IOException {
        assertThat(metadata().keySet()).containsAll(readme().keySet());
    }

    @Test
    void everyTypedPropertyIsInTheReadme() throws IOException {
        assertThat(readme().keySet()).containsAll(metadata().keySet());
    }

    @Test
    void everyTypedPropertyIsDescribedForIdes() throws IOException {
        List<String> undescribed = metadata().entrySet().stream()
                .filter(property ->
                        property.getValue().path("description").asString("").isBlank())
                .map(Map.Entry::getKey)
                .toList();
        assertThat(undescribed).isEmpty();
    }

    @Test
    void theReadmeGivesTheDefaultsTheRecordsGive() throws IOException {
        Map<String, JsonNode> metadata = metadata();
        Map<String, String> differences = new LinkedHashMap<>();
        readme().forEach((name, documented) -> {
            JsonNode given = metadata.containsKey(name) ? metadata.get(name).get("defaultValue") : null;
            if (documented != null && given != null && !documented.equals(text(given))) {
                differences.put(name, "README " + documented + ", record " + text(given));
            }
        });
        assertThat(differences).isEmpty();
    }

    /** The {@code samvaer.*} properties of every module's generated metadata, by name. */
    private static Map<String, JsonNode> metadata() throws IOException {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        JsonMapper json = JsonMapper.builder().build();
        for (URL url : Collections.list(ConfigurationMetadataTest.class
                .getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = url.openStream()) {
                for (JsonNode property : json.readTree(in).path("properties")) {
                    String name = property.get("name").asString();
                    if (name.startsWith("samvaer.")) {
                        properties.put(name, property);
                    }
                }
            }
        }
        assertThat(properties).as("generated configuration metadata").isNotEmpty();
        return properties;
    }

    /**
     * The {@code samvaer.*} settings of the README's configuration table, with the default it documents (null where
     * it gives none in code). A row may name several settings: {@code `samvaer.x.a` / `.b`} is samvaer.x.a and
     * samvaer.x.b, and its defaults are then listed in the same order.
     */
    private static Map<String, String> readme() throws IOException {
        String text = Files.readString(README);
        String table = text.substring(text.indexOf("## Configuration"));
        table = table.substring(0, table.indexOf("\n\n", table.indexOf("| setting")));
        Map<String, String> settings = new LinkedHashMap<>();
        for (String row : table.lines().filter(line -> line.startsWith("| `")).toList()) {
            String[] cells = row.split(" \\| ");
            List<String> names = new ArrayList<>();
            for (String span : spans(cells[0])) {
                if (span.startsWith(".") && !names.isEmpty()) {
                    String first = names.get(0);
                    names.add(first.substring(0, first.lastIndexOf('.')) + span);
                } else {
                    names.add(span);
                }
            }
            List<String> defaults = spans(cells[1]);
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).startsWith("samvaer.")) {
                    settings.put(names.get(i), defaults.size() == names.size() ? defaults.get(i) : null);
                }
            }
        }
        assertThat(settings).as("settings in the README").isNotEmpty();
        return settings;
    }

    private static List<String> spans(String cell) {
        List<String> spans = new ArrayList<>();
        Matcher matcher = CODE.matcher(cell);
        while (matcher.find()) {
            spans.add(matcher.group(1));
        }
        return spans;
    }

    /** A default as the README writes it: a list comma separated (the processor writes a record's as [a, b]). */
    private static String text(JsonNode value) {
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.asString()));
            return String.join(",", items);
        }
        String text = value.asString();
        return text.startsWith("[") && text.endsWith("]")
                ? text.substring(1, text.length() - 1).replace(", ", ",")
                : text;
    }
}
