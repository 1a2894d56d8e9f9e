package dk.samvaer.app.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every request the REST suite sends and every answer it gets is checked against {@code api-spec/openapi.yaml} with
 * Atlassian's swagger-request-validator (issue 13, ADR 0014): a status, field, null, media type or header the contract
 * does not declare fails the test that met it.
 *
 * <p>An answer is always checked. A request is checked when the service accepted it (2xx): a request the contract
 * forbids must be refused. Tests that send what no operation describes on purpose (hostile input, an unknown path or
 * method) use {@link Api#outsideTheContract()}.
 */
final class ContractCheck {

    static final Path CONTRACT = Path.of("../../api-spec/openapi.yaml");

    /** The response headers of ours that an operation must declare when it sends them. */
    private static final Set<String> DECLARED_HEADERS =
            Set.of("location", "etag", "x-correlation-id", "idempotent-replayed");

    private static volatile OpenApiInteractionValidator validator;

    private ContractCheck() {}

    static void check(
            String method,
            URI uri,
            Map<String, List<String>> requestHeaders,
            String requestBody,
            int status,
            Map<String, List<String>> responseHeaders,
            String responseBody) {
        if (!uri.getPath().startsWith("/api/")) {
            return;
        }
        Request.Method verb = Request.Method.valueOf(method);
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        responseHeaders.forEach((name, values) -> {
            if (name != null && !name.startsWith(":")) {
                response.withHeader(name, values);
            }
        });
        if (responseBody != null && !responseBody.isEmpty()) {
            response.withBody(responseBody);
        }
        List<String> problems = new ArrayList<>();
        problems.addAll(messages(validator().validateResponse(uri.getPath(), verb, response.build())));
        if (status >= 200 && status < 300) {
            SimpleRequest.Builder request = new SimpleRequest.Builder(verb, uri.getPath());
            requestHeaders.forEach(request::withHeader);
            query(uri).forEach(request::withQueryParam);
            if (requestBody != null) {
                request.withBody(requestBody);
            }
            problems.addAll(messages(validator().validateRequest(request.build())));
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("The exchange " + method + " " + uri + " -> " + status
                    + " is not what api-spec/openapi.yaml declares:\n  " + String.join("\n  ", problems)
                    + "\nAnswer: " + abbreviate(responseBody));
        }
    }

    private static List<String> messages(ValidationReport report) {
        return report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(message -> message.getKey() + ": " + message.getMessage())
                .toList();
    }

    private static Map<String, List<String>> query(URI uri) {
        if (uri.getRawQuery() == null) {
            return Map.of();
        }
        return java.util.Arrays.stream(uri.getRawQuery().split("&"))
                .filter(pair -> !pair.isEmpty())
                .collect(Collectors.groupingBy(
                        pair -> decode(pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair),
                        java.util.LinkedHashMap::new,
                        Collectors.mapping(
                                pair -> pair.contains("=") ? decode(pair.substring(pair.indexOf('=') + 1)) : "",
                                Collectors.toList())));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String body) {
        return body == null || body.length() <= 2000 ? body : body.substring(0, 2000) + "…";
    }

    private static OpenApiInteractionValidator validator() {
        if (validator == null) {
            synchronized (ContractCheck.class) {
                if (validator == null) {
                    try {
                        validator = OpenApiInteractionValidator.createFor(
                                        forTheValidator(Files.readString(CONTRACT, StandardCharsets.UTF_8)))
                                .withLevelResolver(LevelResolver.create()
                                        .withLevel(
                                                "validation.schema.additionalProperties", ValidationReport.Level.ERROR)
                                        .build())
                                .withCustomResponseValidation(ContractCheck::declaredHeaders)
                                .build();
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return validator;
    }

    /**
     * The contract as the validator can read it. A field that may be null but refers to a named schema is written
     * {@code {nullable: true, allOf: [{$ref}]}} (OpenAPI 3.0 ignores {@code nullable} beside a {@code $ref}); client
     * generators read that as "the type, or null", but the validator's JSON-schema engine applies the {@code $ref}
     * to the null as well. Here such a property is the referenced schema itself, nullable, and an enum lists null.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static OpenAPI forTheValidator(String yaml) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        OpenAPI api = new OpenAPIV3Parser().readContents(yaml, null, options).getOpenAPI();
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        for (Schema schema : schemas.values()) {
            if (schema.getProperties() == null) {
                continue;
            }
            ((Map<String, Schema>) schema.getProperties()).replaceAll((name, property) -> {
                if (!Boolean.TRUE.equals(property.getNullable())
                        || property.getAllOf() == null
                        || property.getAllOf().size() != 1) {
                    return property;
                }
                String ref = ((Schema) property.getAllOf().get(0)).get$ref();
                Schema target = schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
                if (target.getEnum() != null) {
                    List<Object> values = new ArrayList<>(target.getEnum());
                    values.add(null);
                    Schema nullableEnum = new Schema<>().type("string").nullable(true);
                    nullableEnum.setEnum(values);
                    return nullableEnum;
                }
                return new Schema<>()
                        .type(target.getType())
                        .properties(target.getProperties())
                        .required(target.getRequired())
                        .nullable(true);
            });
        }
        return api;
    }

    /** The validator checks declared headers; this also refuses ours when the answer does not declare them. */
    private static ValidationReport declaredHeaders(Response response, ApiOperation operation) {
        var declared = operation.getOperation().getResponses().get(String.valueOf(response.getStatus()));
        Set<String> names = declared == null || declared.getHeaders() == null
                ? Set.of()
                : declared.getHeaders().keySet().stream()
                        .map(name -> name.toLowerCase(java.util.Locale.ROOT))
                        .collect(Collectors.toSet());
        List<ValidationReport.Message> undeclared = DECLARED_HEADERS.stream()
                .filter(name -> !response.getHeaderValues(name).isEmpty())
                .filter(name -> !names.contains(name))
                .map(name -> ValidationReport.Message.create(
                                "validation.response.header.undeclared",
                                "Header '" + name + "' is sent but not declared for " + response.getStatus())
                        .build())
                .toList();
        return ValidationReport.from(undeclared);
    }
}
