package dk.samvaer.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvaer.app.support.Api;
import dk.samvaer.app.support.ApiIntegrationTest;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code api-spec/openapi.yaml} is the published contract: it must equal what the running application serves. After
 * an intended API change, regenerate it with {@code ./mvnw verify -Dsamvaer.openapi.write=true} and review the diff.
 */
class OpenApiContractIntegrationTest extends ApiIntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    static final Path CONTRACT = Path.of("../../api-spec/openapi.yaml");
    static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    private String served() {
        Api.Response response = api.get("/v3/api-docs.yaml");
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    @Test
    void theCommittedContractEqualsWhatTheApplicationServes() throws IOException {
        String served = served();
        if (Boolean.getBoolean("samvaer.openapi.write")) {
            Files.writeString(CONTRACT, served, StandardCharsets.UTF_8);
        }
        Object committed = new Yaml().load(Files.readString(CONTRACT, StandardCharsets.UTF_8));

        assertThat(committed)
                .as("api-spec/openapi.yaml differs from /v3/api-docs; regenerate with -Dsamvaer.openapi.write=true")
                .isEqualTo(new Yaml().load(served));
    }

    @Test
    void everyOperationHasASummaryAndDocumentsItsProblems() {
        Map<String, Object> spec = new Yaml().load(served());
        List<String> missing = new ArrayList<>();
        paths(spec)
                .forEach((path, item) -> METHODS.forEach(method -> {
                    Map<String, Object> operation = child(item, method);
                    if (operation == null) {
                        return;
                    }
                    String name = method.toUpperCase() + " " + path;
                    if (operation.get("summary") == null) {
                        missing.add(name + ": summary");
                    }
                    Map<String, Object> responses = child(operation, "responses");
                    if (!responses.containsKey("500")) {
                        missing.add(name + ": 500 problem");
                    }
                    if (!method.equals("get") && !responses.containsKey("400")) {
                        missing.add(name + ": 400 problem");
                    }
                    if (path.contains("{") && !responses.containsKey("404")) {
                        missing.add(name + ": 404 problem");
                    }
                }));
        assertThat(missing).isEmpty();
    }

    /**
     * Two Java types under one schema name would be merged silently into one schema, and a generated client would read
     * one as the other (issue 13: the municipality list typed as a referral-funnel row). Every type of ours reachable
     * from an endpoint's body or answer must have a schema name of its own.
     */
    @Test
    void noTwoJavaTypesShareASchemaName() {
        Map<String, Set<Class<?>>> byName = new TreeMap<>();
        Set<Class<?>> seen = new HashSet<>();
        for (HandlerMethod method : mappings.getHandlerMethods().values()) {
            if (!method.getBeanType().getPackageName().startsWith("dk.samvaer")) {
                continue;
            }
            collect(method.getMethod().getGenericReturnType(), seen, byName);
            for (MethodParameter parameter : method.getMethodParameters()) {
                collect(parameter.getGenericParameterType(), seen, byName);
            }
        }
        assertThat(byName.values()).isNotEmpty();
        assertThat(byName.entrySet().stream()
                        .filter(entry -> entry.getValue().size() > 1)
                        .map(entry -> entry.getKey() + " " + entry.getValue())
                        .toList())
                .isEmpty();
    }

    private static void collect(Type type, Set<Class<?>> seen, Map<String, Set<Class<?>>> byName) {
        if (type instanceof ParameterizedType parameterized) {
            collect(parameterized.getRawType(), seen, byName);
            for (Type argument : parameterized.getActualTypeArguments()) {
                collect(argument, seen, byName);
            }
            return;
        }
        if (!(type instanceof Class<?> type_) || !seen.add(type_)) {
            return;
        }
        if (type_.isArray()) {
            collect(type_.getComponentType(), seen, byName);
            return;
        }
        if (!type_.getPackageName().startsWith("dk.samvaer")) {
            return;
        }
        io.swagger.v3.oas.annotations.media.Schema schema =
                type_.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
        String name = schema != null && !schema.name().isEmpty() ? schema.name() : type_.getSimpleName();
        byName.computeIfAbsent(name, n -> new HashSet<>()).add(type_);
        if (type_.isRecord()) {
            for (RecordComponent component : type_.getRecordComponents()) {
                collect(component.getGenericType(), seen, byName);
            }
        }
    }

    @Test
    void everySchemaPropertyHasAnExample() {
        Map<String, Object> spec = new Yaml().load(served());
        Map<String, Object> schemas = child(child(spec, "components"), "schemas");
        List<String> missing = new ArrayList<>();
        schemas.forEach((name, schema) -> {
            Map<String, Object> properties = child(asMap(schema), "properties");
            if (properties == null) {
                return;
            }
            properties.forEach((property, definition) -> {
                Map<String, Object> map = asMap(definition);
                boolean nested = map.containsKey("$ref")
                        || map.containsKey("allOf")
                        || map.containsKey("items")
                        || "object".equals(map.get("type"));
                if (!map.containsKey("example") && !nested) {
                    missing.add(name + "." + property);
                }
            });
        });
        assertThat(missing).isEmpty();
    }

    /**
     * Operation ids are what a generated client calls (issue 13): unique, a verb and a noun in camel case, and never a
     * schema's name, nor a schema's name once a generator appends "Request" for the operation's parameters (the
     * typescript-fetch client did not compile when {@code evaluation} met {@code EvaluationRequest}).
     */
    @Test
    void operationIdsReadAsClientMethodsAndClashWithNoSchema() {
        Map<String, Object> spec = new Yaml().load(served());
        Set<String> schemas = child(child(spec, "components"), "schemas").keySet();
        List<String> ids = new ArrayList<>();
        List<String> clashes = new ArrayList<>();
        paths(spec)
                .forEach((path, item) -> METHODS.forEach(method -> {
                    Map<String, Object> operation = child(item, method);
                    if (operation == null) {
                        return;
                    }
                    String id = (String) operation.get("operationId");
                    ids.add(id);
                    String type = Character.toUpperCase(id.charAt(0)) + id.substring(1);
                    Map<String, Object> body =
                            child(child(child(operation, "requestBody"), "content"), "application/json");
                    String ownBody =
                            body == null ? null : (String) child(body, "schema").get("$ref");
                    // a generator renames its parameters type when it meets the operation's own body, not another's
                    boolean anotherBody = schemas.contains(type + "Request")
                            && !("#/components/schemas/" + type + "Request").equals(ownBody);
                    if (schemas.contains(type) || anotherBody) {
                        clashes.add(id);
                    }
                }));
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z]+([A-Z][a-z]+)+"), "verbNoun");
        assertThat(clashes).isEmpty();
    }

    /** Every list is paged the same way: page and size in, {items, page, size, totalItems} out. */
    @Test
    void everyListIsPagedTheSameWay() {
        Map<String, Object> spec = new Yaml().load(served());
        Map<String, Object> schemas = child(child(spec, "components"), "schemas");
        List<String> unpaged = new ArrayList<>();
        paths(spec).forEach((path, item) -> {
            Map<String, Object> get = child(item, "get");
            // the audit event stream is the one cursor (after/nextAfter): it is read to its end, not paged through
            if (get == null
                    || !((String) get.get("operationId")).startsWith("list")
                    || get.get("operationId").equals("listAuditEvents")) {
                return;
            }
            Map<String, Object> json =
                    child(child(child(child(get, "responses"), "200"), "content"), "application/json");
            String ref = (String) child(json, "schema").get("$ref");
            Map<String, Object> page = ref == null ? null : child(schemas, ref.substring(ref.lastIndexOf('/') + 1));
            List<String> parameters = ((List<?>) get.get("parameters"))
                    .stream().map(p -> (String) asMap(p).get("name")).toList();
            if (page == null
                    || !child(page, "properties").keySet().equals(Set.of("items", "page", "size", "totalItems"))
                    || !parameters.containsAll(List.of("page", "size"))) {
                unpaged.add(path);
            }
        });
        assertThat(unpaged).isEmpty();
    }

    /** The presence policy: every property of a schema an answer uses is required; nulls are declared, not found. */
    @Test
    void everyFieldOfAnAnswerIsRequired() {
        Map<String, Object> spec = new Yaml().load(served());
        Map<String, Object> schemas = child(child(spec, "components"), "schemas");
        List<String> optional = new ArrayList<>();
        for (String name :
                List.of("ActivityView", "PageActivityView", "ProjectYearFigures", "ReferralView", "Created")) {
            Map<String, Object> schema = child(schemas, name);
            Set<String> required = new HashSet<>((List<String>) schema.getOrDefault("required", List.of()));
            child(schema, "properties").keySet().stream()
                    .filter(property -> !required.contains(property))
                    .forEach(property -> optional.add(name + "." + property));
        }
        assertThat(optional).isEmpty();
    }

    private static Map<String, Object> paths(Map<String, Object> spec) {
        return child(spec, "paths");
    }

    private static Map<String, Object> child(Object parent, String key) {
        return parent == null ? null : asMap(asMap(parent).get(key));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}
