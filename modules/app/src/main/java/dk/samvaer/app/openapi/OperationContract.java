package dk.samvaer.app.openapi;

import dk.samvaer.kernel.web.ApiHeaders;
import dk.samvaer.kernel.web.Xlsx;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpHeaders;

/**
 * What every operation declares beyond its body, derived from what the service does for it (issue 13): the success
 * answers (201 with {@code Location}, 204, and the 200 replay of a POST), the headers on the way in and out, one
 * media type per representation, and each problem the operation can answer with an example.
 */
final class OperationContract implements OpenApiCustomizer {

    static final String HEADERS = "#/components/headers/";
    static final String PARAMETERS = "#/components/parameters/";
    static final String CSV = "text/csv";
    static final String NDJSON = "application/x-ndjson";

    @Override
    public void customise(OpenAPI openApi) {
        Map<String, PathItem> sorted = new TreeMap<>(openApi.getPaths());
        sorted.forEach((path, item) ->
                item.readOperationsMap().forEach((method, operation) -> conventions(sorted, path, method, operation)));
        openApi.getComponents().getSchemas().remove("StreamingResponseBody");
    }

    private static void conventions(
            Map<String, PathItem> paths, String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses();
        boolean write = method != PathItem.HttpMethod.GET;
        boolean post = method == PathItem.HttpMethod.POST;
        boolean ifMatch = hasHeader(operation, HttpHeaders.IF_MATCH);
        if (post) {
            parameters(operation).add(new Parameter().$ref(PARAMETERS + "IdempotencyKey"));
            replay(responses);
        }
        responses.forEach((code, response) -> {
            if (code.equals("201")) {
                header(response, HttpHeaders.LOCATION, "Location");
            }
            if (code.equals("204")) {
                response.setContent(null);
            }
        });
        if (method == PathItem.HttpMethod.GET && acceptsIfMatchBelow(paths, path)) {
            header(responses.get("200"), HttpHeaders.ETAG, "ETag");
        }
        oneSchemaPerMediaType(responses);
        ContractProblems.declare(operation, write, path.contains("{"), ifMatch);
        responses.values().forEach(response -> header(response, ApiHeaders.CORRELATION_ID, "CorrelationId"));
    }

    /** A POST sent again with the same Idempotency-Key gets the first answer again, as 200. */
    private static void replay(ApiResponses responses) {
        ApiResponse first = responses.containsKey("201") ? responses.get("201") : responses.get("204");
        if (first == null || responses.containsKey("200")) {
            if (responses.containsKey("200")) {
                header(responses.get("200"), ApiHeaders.IDEMPOTENT_REPLAYED, "IdempotentReplayed");
            }
            return;
        }
        ApiResponse replay = new ApiResponse()
                .description("The same request was answered before (the same Idempotency-Key, or for a posting the"
                        + " same sourceSystem and externalId): the first answer again; nothing new was stored")
                .content(first.getContent());
        header(replay, ApiHeaders.IDEMPOTENT_REPLAYED, "IdempotentReplayed");
        if (responses.containsKey("201")) {
            header(replay, HttpHeaders.LOCATION, "Location");
        }
        responses.addApiResponse("200", replay);
    }

    /** The resource a GET answers sends its version as ETag when a write below it takes If-Match. */
    private static boolean acceptsIfMatchBelow(Map<String, PathItem> paths, String path) {
        return paths.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(path + "/"))
                .flatMap(entry -> entry.getValue().readOperations().stream())
                .anyMatch(operation -> hasHeader(operation, HttpHeaders.IF_MATCH));
    }

    /**
     * A report answers JSON, CSV or an Excel workbook by Accept, from two handlers that springdoc merges into one operation with the union
     * of both schemas under each media type; each media type gets its own schema back.
     */
    private static void oneSchemaPerMediaType(ApiResponses responses) {
        ApiResponse ok = responses.get("200");
        if (ok == null || ok.getContent() == null || !ok.getContent().containsKey(CSV)) {
            return;
        }
        ok.getContent().replaceAll((type, media) -> {
            if (type.equals(CSV)) {
                return new MediaType()
                        .schema(new StringSchema()
                                .description("RFC 4180 CSV with a header row, UTF-8, separated by commas"));
            }
            if (type.equals(Xlsx.MEDIA_TYPE)) {
                return new MediaType()
                        .schema(new StringSchema()
                                .format("binary")
                                .description("An Excel workbook: the CSV's rows under Danish column titles, numbers"
                                        + " and dates as typed cells with Danish formats"));
            }
            if (type.equals(NDJSON)) {
                media.setSchema(new StringSchema()
                        .description("Newline-delimited JSON: one object of the JSON page's items per line"));
            } else if (media.getSchema() != null && media.getSchema().getOneOf() != null) {
                for (Object alternative : media.getSchema().getOneOf()) {
                    if (alternative instanceof Schema<?> schema && schema.get$ref() != null) {
                        media.setSchema(schema);
                        break;
                    }
                }
            }
            return media;
        });
    }

    private static boolean hasHeader(Operation operation, String name) {
        return operation.getParameters() != null
                && operation.getParameters().stream()
                        .anyMatch(p -> "header".equals(p.getIn()) && name.equalsIgnoreCase(p.getName()));
    }

    private static List<Parameter> parameters(Operation operation) {
        if (operation.getParameters() == null) {
            operation.setParameters(new ArrayList<>());
        }
        return operation.getParameters();
    }

    private static void header(ApiResponse response, String name, String component) {
        if (response == null) {
            return;
        }
        if (response.getHeaders() == null) {
            response.setHeaders(new LinkedHashMap<>());
        }
        response.getHeaders().putIfAbsent(name, new Header().$ref(HEADERS + component));
    }

    /** The shared headers and parameters the operations refer to. */
    static void components(io.swagger.v3.oas.models.Components components) {
        components
                .addHeaders(
                        "CorrelationId",
                        new Header()
                                .description("The id of this request in the log and on every event it caused; the"
                                        + " client's own X-Correlation-Id when it sent a valid one")
                                .schema(new StringSchema().example("3b9d1c7e-2f4a-4e51-9b0e-7f1d2c3a4b5c")))
                .addHeaders(
                        "Location",
                        new Header()
                                .description("The URL of what was created")
                                .schema(new StringSchema()
                                        .format("uri-reference")
                                        .example("/api/v1/activities/9f034e16-a0a2-3e0c-a616-540b7d2aaf77")))
                .addHeaders(
                        "ETag",
                        new Header()
                                .description("The resource's version; send it as If-Match on a write to refuse lost"
                                        + " updates (412)")
                                .schema(new StringSchema().example("\"3\"")))
                .addHeaders(
                        "IdempotentReplayed",
                        new Header()
                                .description("`true` when this is the kept answer to an earlier request with the same"
                                        + " Idempotency-Key")
                                .schema(new StringSchema()._enum(List.of("true"))))
                .addParameters(
                        "IdempotencyKey",
                        new Parameter()
                                .in("header")
                                .name(ApiHeaders.IDEMPOTENCY_KEY)
                                .required(false)
                                .description("Makes a retried POST safe: the first successful answer for this key (per"
                                        + " client) is kept and replayed as 200 to the same request; the same key with"
                                        + " another request is 409 idempotency-conflict")
                                .schema(new StringSchema()
                                        .pattern("^[A-Za-z0-9._:-]{1,200}$")
                                        .example("plan-2025-05-01-fisketur")));
    }
}
