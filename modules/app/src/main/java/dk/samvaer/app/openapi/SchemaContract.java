package dk.samvaer.app.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * The API's one presence policy, written into the schemas (issue 13): every field of an answer is always sent, so
 * every property of a schema that an answer uses is {@code required}; a field that may be {@code null} says so with
 * {@code nullable: true} (from {@code @Schema(nullable = true)} on the Java field), and nothing is ever omitted.
 * Request schemas keep springdoc's reading of the bean-validation annotations: only what must be sent is required.
 */
final class SchemaContract implements OpenApiCustomizer {

    static final String SCHEMAS = "#/components/schemas/";

    @Override
    @SuppressWarnings("rawtypes")
    public void customise(OpenAPI openApi) {
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        Set<String> answers = reachable(
                schemas,
                openApi.getPaths().values().stream()
                        .flatMap(item -> item.readOperations().stream())
                        .filter(operation -> operation.getResponses() != null)
                        .flatMap(operation -> operation.getResponses().values().stream())
                        .flatMap(response -> schemas(response.getContent())));
        for (String name : answers) {
            Schema schema = schemas.get(name);
            if (schema.getProperties() != null && !name.equals("Problem") && !name.equals("ProblemFieldError")) {
                schema.setRequired(new ArrayList<String>(schema.getProperties().keySet()));
            }
        }
        schemas.values().forEach(SchemaContract::properties);
        anchorPatterns(openApi);
    }

    /**
     * Bean Validation's {@code @Pattern} matches the whole value; JSON Schema's {@code pattern} matches anywhere in it.
     * The contract says what the service checks, so every pattern is anchored ({@code \d{3}} becomes
     * {@code ^(?:\d{3})$}): a client validating with it refuses what the service would refuse.
     */
    @SuppressWarnings("rawtypes")
    private static void anchorPatterns(OpenAPI openApi) {
        Deque<Schema> work =
                new ArrayDeque<>(openApi.getComponents().getSchemas().values());
        openApi.getPaths().values().stream()
                .flatMap(item -> item.readOperations().stream())
                .filter(operation -> operation.getParameters() != null)
                .flatMap(operation -> operation.getParameters().stream())
                .filter(parameter -> parameter.getSchema() != null)
                .forEach(parameter -> work.push(parameter.getSchema()));
        Set<Schema> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!work.isEmpty()) {
            Schema schema = work.pop();
            if (!seen.add(schema)) {
                continue;
            }
            String pattern = schema.getPattern();
            if (pattern != null && !(pattern.startsWith("^") && pattern.endsWith("$"))) {
                schema.setPattern("^(?:" + pattern + ")$");
            }
            pushNested(schema, work);
        }
    }

    /** Pushes the schemas nested in a schema: its properties, its items and the values of a map. */
    @SuppressWarnings("rawtypes")
    private static void pushNested(Schema schema, Deque<Schema> work) {
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> work.push((Schema) p));
        }
        if (schema.getItems() != null) {
            work.push(schema.getItems());
        }
        if (schema.getAdditionalProperties() instanceof Schema additional) {
            work.push(additional);
        }
    }

    /**
     * A map of anything is {@code additionalProperties: true}, not a map of objects.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void properties(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        ((Map<String, Schema>) schema.getProperties()).values().forEach(property -> {
            if (property.getAdditionalProperties() instanceof Schema<?> values
                    && "object".equals(values.getType())
                    && values.getProperties() == null) {
                property.setAdditionalProperties(Boolean.TRUE);
            }
        });
    }

    @SuppressWarnings("rawtypes")
    private static Stream<Schema> schemas(Content content) {
        return content == null
                ? Stream.empty()
                : content.values().stream().map(media -> media.getSchema()).filter(s -> s != null);
    }

    /** The names of the component schemas reachable from the given schemas. */
    @SuppressWarnings("rawtypes")
    static Set<String> reachable(Map<String, Schema> components, Stream<Schema> roots) {
        Set<String> names = new HashSet<>();
        Deque<Schema> work = new ArrayDeque<>();
        roots.forEach(work::push);
        while (!work.isEmpty()) {
            Schema schema = work.pop();
            if (schema.get$ref() != null) {
                String name = schema.get$ref().substring(SCHEMAS.length());
                if (names.add(name) && components.containsKey(name)) {
                    work.push(components.get(name));
                }
                continue;
            }
            pushNested(schema, work);
            Stream.of(schema.getAllOf(), schema.getOneOf(), schema.getAnyOf())
                    .filter(list -> list != null)
                    .forEach(list -> list.forEach(s -> work.push((Schema) s)));
        }
        return names;
    }
}
