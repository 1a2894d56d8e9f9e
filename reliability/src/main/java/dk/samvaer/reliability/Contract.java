package dk.samvaer.reliability;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The REST contract read from {@code api-spec/openapi.yaml} with plain SnakeYAML: its operations, their parameters and
 * request-body schemas ({@code $ref}s resolved), and a valid body for each built from the schemas' examples.
 */
final class Contract {

    static final Set<String> WRITE_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final JsonMapper JSON = JsonMapper.builder().build();

    record Parameter(String name, String in, Map<String, Object> schema) {}

    /** A field of a body: its JSON pointer, its (resolved) schema, and whether its object requires it. */
    record Field(String pointer, String name, Map<String, Object> schema, boolean required) {
        String type() {
            return String.valueOf(schema.get("type"));
        }

        String format() {
            return (String) schema.get("format");
        }

        @SuppressWarnings("unchecked")
        List<Object> enumValues() {
            return (List<Object>) schema.get("enum");
        }
    }

    record Operation(
            String method, String path, List<Parameter> parameters, Map<String, Object> bodySchema, String mediaType) {

        String key() {
            return method + " " + path;
        }

        boolean write() {
            return WRITE_METHODS.contains(method);
        }

        List<Parameter> query() {
            return parameters.stream().filter(p -> p.in().equals("query")).toList();
        }
    }

    private final Map<String, Object> root;
    final List<Operation> operations = new ArrayList<>();

    @SuppressWarnings("unchecked")
    Contract(Path spec) throws Exception {
        try (Reader reader = Files.newBufferedReader(spec)) {
            root = (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        }
        Map<String, Object> paths = (Map<String, Object>) root.get("paths");
        paths.forEach((path, item) -> ((Map<String, Object>) item).forEach((method, op) -> {
            Map<String, Object> operation = (Map<String, Object>) op;
            List<Parameter> parameters = new ArrayList<>();
            for (Object p : (List<Object>) operation.getOrDefault("parameters", List.of())) {
                Map<String, Object> parameter = resolve((Map<String, Object>) p);
                parameters.add(new Parameter(
                        (String) parameter.get("name"), (String) parameter.get("in"), resolve((Map<String, Object>)
                                parameter.getOrDefault("schema", Map.of()))));
            }
            Map<String, Object> body = null;
            String mediaType = null;
            Map<String, Object> requestBody = (Map<String, Object>) operation.get("requestBody");
            if (requestBody != null) {
                Map<String, Object> content = (Map<String, Object>) requestBody.get("content");
                mediaType = content.keySet().iterator().next();
                body = resolve((Map<String, Object>) ((Map<String, Object>) content.get(mediaType)).get("schema"));
            }
            operations.add(new Operation(method.toUpperCase(), path, parameters, body, mediaType));
        }));
    }

    /** Follows a {@code $ref} (repeatedly) to the schema it names. */
    @SuppressWarnings("unchecked")
    Map<String, Object> resolve(Map<String, Object> schema) {
        Map<String, Object> resolved = schema;
        while (resolved != null && resolved.get("$ref") instanceof String ref) {
            Object node = root;
            for (String part : ref.substring(2).split("/")) {
                node = ((Map<String, Object>) node).get(part);
            }
            resolved = (Map<String, Object>) node;
        }
        return resolved == null ? Map.of() : resolved;
    }

    List<Operation> writes() {
        return operations.stream().filter(Operation::write).toList();
    }

    List<Operation> withQueryParameters() {
        return operations.stream().filter(o -> !o.query().isEmpty()).toList();
    }

    /**
     * A valid body for the schema: every property with its example (or a value of its type), ids substituted by name
     * through {@code ids} (e.g. {@code centreId} to a registered centre).
     */
    @SuppressWarnings("unchecked")
    JsonNode validBody(Map<String, Object> schema, String name, Function<String, String> ids) {
        Map<String, Object> s = resolve(schema);
        String type = String.valueOf(s.get("type"));
        if (s.containsKey("properties") || type.equals("object")) {
            ObjectNode object = NODES.objectNode();
            Map<String, Object> properties = (Map<String, Object>) s.getOrDefault("properties", Map.of());
            properties.forEach((property, propertySchema) ->
                    object.set(property, validBody((Map<String, Object>) propertySchema, property, ids)));
            if (properties.isEmpty() && s.get("additionalProperties") instanceof Map<?, ?> additional) {
                // a map (e.g. a self-assessment's practices): one entry
                object.set("COMMUNITY", validBody((Map<String, Object>) additional, "value", ids));
            }
            return object;
        }
        if (type.equals("array")) {
            ArrayNode array = NODES.arrayNode();
            if (s.get("example") instanceof List<?> example && !example.isEmpty()) {
                example.forEach(item -> array.add(JSON.valueToTree(plain(item))));
            } else {
                array.add(validBody((Map<String, Object>) s.getOrDefault("items", Map.of()), name, ids));
            }
            return array;
        }
        if ("uuid".equals(s.get("format"))) {
            String id = ids.apply(name);
            return id == null ? NODES.nullNode() : NODES.stringNode(id);
        }
        if (s.containsKey("example")) {
            return JSON.valueToTree(plain(s.get("example")));
        }
        if (s.get("enum") instanceof List<?> values) {
            return JSON.valueToTree(values.get(0));
        }
        return switch (type) {
            case "integer" -> NODES.numberNode(((Number) s.getOrDefault("minimum", 1)).longValue());
            case "number" -> NODES.numberNode(1.5);
            case "boolean" -> NODES.booleanNode(true);
            case "string" ->
                switch (String.valueOf(s.get("format"))) {
                    case "date" -> NODES.stringNode("2025-05-01");
                    case "date-time" -> NODES.stringNode("2025-05-01T10:00:00Z");
                    default -> NODES.stringNode("Tekst");
                };
            default -> NODES.nullNode();
        };
    }

    /** Every field of a body schema, at any depth (array items as index 0), with its JSON pointer. */
    @SuppressWarnings("unchecked")
    List<Field> fields(Map<String, Object> schema) {
        List<Field> fields = new ArrayList<>();
        collect(schema, "", fields, 0);
        return fields;
    }

    @SuppressWarnings("unchecked")
    private void collect(Map<String, Object> schema, String pointer, List<Field> fields, int depth) {
        Map<String, Object> s = resolve(schema);
        if (depth > 6) {
            return;
        }
        List<Object> required = (List<Object>) s.getOrDefault("required", List.of());
        Map<String, Object> properties = (Map<String, Object>) s.getOrDefault("properties", Map.of());
        properties.forEach((name, value) -> {
            Map<String, Object> property = resolve((Map<String, Object>) value);
            String at = pointer + "/" + name;
            fields.add(new Field(at, name, property, required.contains(name)));
            if ("array".equals(property.get("type"))) {
                Map<String, Object> items = resolve((Map<String, Object>) property.getOrDefault("items", Map.of()));
                fields.add(new Field(at + "/0", name + "[0]", items, false));
                collect(items, at + "/0", fields, depth + 1);
            } else {
                collect(property, at, fields, depth + 1);
            }
        });
    }

    /** SnakeYAML reads unquoted dates and timestamps as {@link Date}; the contract means their ISO text. */
    private static Object plain(Object value) {
        if (value instanceof Date date) {
            Instant instant = date.toInstant();
            return instant.atOffset(ZoneOffset.UTC).toLocalTime().toSecondOfDay() == 0
                    ? instant.atOffset(ZoneOffset.UTC).toLocalDate().toString()
                    : instant.toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Contract::plain).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, plain(v)));
            return copy;
        }
        return value;
    }

    static String randomishUuid(long seed) {
        return new UUID(seed * 0x9E3779B97F4A7C15L, ~seed).toString();
    }
}
