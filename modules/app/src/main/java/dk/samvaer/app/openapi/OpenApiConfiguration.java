package dk.samvaer.app.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's OpenAPI description. Every operation documents the RFC 9457 problems it can answer, with an example;
 * the committed {@code api-spec/openapi.yaml} must equal what this produces (see OpenApiContractIntegrationTest).
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    static final String API_KEY = "ApiKey";
    static final String DESCRIPTION =
            """
            Record-keeping for municipal drop-in centres (væresteder) and the programme that helps formerly \
            homeless citizens into local communities: project years, centres, plug-and-play activities with \
            logbooks and evaluations, and reports.

            **Authentication.** Every `/api/**` request needs an API key (`X-API-Key`, or \
            `Authorization: ApiKey <key>`) or, where an identity provider is configured, a bearer JWT. \
            Without valid credentials: 401.

            **Roles.** `PROGRAMME_ADMIN`: everything, every municipality. `MUNICIPAL_LEADER`: everything in \
            their municipalities except audit. `CENTRE_STAFF`: activities, logbooks and evaluations in their \
            municipalities; reads centres, project years and reports. `CASE_SYSTEM`: posts escorts and referrals \
            and reads its own postings, nothing else. `AUDITOR`: reads everything, never writes. A role that may \
            not call an operation gets 403.

            **Scope.** Each caller sees a set of municipalities (or all). A resource in another municipality \
            answers 404, as if it did not exist; lists and reports silently include only the caller's \
            municipalities; a write aimed at another municipality is 403.

            **Errors** are RFC 9457 problem details with a stable `type` (`https://samvaer.dk/problems/<name>`). \
            Every response carries `X-Correlation-Id`; the same id is stored with every event the request caused.
            """;
    static final String BEARER = "BearerJwt";

    @Bean
    OpenAPI samvaerOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Samvær API")
                        .version("v1")
                        .description(DESCRIPTION)
                        .license(new License().name("Proprietary")))
                .servers(List.of(new Server().url("/").description("This server")))
                .components(new Components()
                        .addSchemas("Problem", problemSchema())
                        .addSecuritySchemes(
                                API_KEY,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.HEADER)
                                        .name("X-API-Key")
                                        .description("An API key issued to a client; see the README's Security section."
                                                + " Also accepted as `Authorization: ApiKey <key>`."))
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")
                                        .description("An OAuth2 access token from the configured identity provider;"
                                                + " roles and municipalities are read from configurable claims.")))
                .security(
                        List.of(new SecurityRequirement().addList(API_KEY), new SecurityRequirement().addList(BEARER)));
    }

    /** Adds the problem responses to every operation, chosen by what the operation can meet. */
    @Bean
    OpenApiCustomizer documentProblemResponses() {
        return openApi -> openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> addProblems(path, method.name(), operation)));
    }

    private static void addProblems(String path, String method, Operation operation) {
        ApiResponses responses = operation.getResponses();
        boolean write = !method.equals("GET");
        boolean hasPathId = path.contains("{");
        boolean hasParameters =
                operation.getParameters() != null && !operation.getParameters().isEmpty();
        put(
                responses,
                "401",
                "No valid credentials (API key or bearer token)",
                "unauthenticated",
                401,
                "Credentials are required: an X-API-Key header or a bearer token.");
        put(
                responses,
                "403",
                "Your role may not do this (or not in that municipality)",
                "forbidden",
                403,
                "Your role may not do this.");
        if (write || hasParameters) {
            put(
                    responses,
                    "400",
                    "Invalid input: malformed JSON or invalid fields",
                    "validation",
                    400,
                    "The request has invalid fields; see 'errors'.");
        }
        if (hasPathId) {
            put(
                    responses,
                    "404",
                    "No such resource, or not in your municipalities",
                    "not-found",
                    404,
                    "No such activity.");
        }
        if (write) {
            put(
                    responses,
                    "409",
                    "A business rule refuses the request in the current state",
                    "rule/logbook-already-recorded",
                    409,
                    "The logbook of this activity is already recorded; correct it (PUT) instead.");
            put(
                    responses,
                    "422",
                    "The request refers to something that does not exist",
                    "unknown-reference",
                    422,
                    "No centre is registered with id 3f1c2a9e-6a55-4d5e-9d57-0c6f2b1f7a10.");
        }
        if (write) {
            put(
                    responses,
                    "413",
                    "The request body is larger than the configured maximum",
                    "payload-too-large",
                    413,
                    "The request body may be at most 2097152 bytes.");
        }
        if (write && hasPathId) {
            put(
                    responses,
                    "412",
                    "If-Match does not match the current version",
                    "version-mismatch",
                    412,
                    "The resource was changed since you read it (If-Match does not match its current version).");
        }
        put(
                responses,
                "500",
                "Unexpected error; nothing was stored",
                "internal-error",
                500,
                "An unexpected error occurred. Nothing was stored. The correlation id identifies it in the log.");
    }

    private static void put(
            ApiResponses responses, String code, String description, String type, int status, String detail) {
        if (responses.containsKey(code)) {
            return;
        }
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "https://samvaer.dk/problems/" + type);
        example.put("title", org.springframework.http.HttpStatus.valueOf(status).getReasonPhrase());
        example.put("status", status);
        example.put("detail", detail);
        if (status == 400) {
            example.put(
                    "errors",
                    List.of(Map.of("field", "participants", "message", "must be greater than or equal to 0")));
        }
        responses.addApiResponse(
                code,
                new ApiResponse()
                        .description(description)
                        .content(new Content()
                                .addMediaType(
                                        PROBLEM_JSON,
                                        new MediaType()
                                                .schema(new Schema<>().$ref(PROBLEM_SCHEMA))
                                                .example(example))));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        Map<String, Schema> error = new LinkedHashMap<>();
        error.put("field", new StringSchema().example("participants"));
        error.put("message", new StringSchema().example("must be greater than or equal to 0"));
        return new ObjectSchema()
                .description("RFC 9457 problem details. `type` is stable; branch on it, not on `detail`.")
                .addProperty(
                        "type",
                        new StringSchema()
                                .format("uri")
                                .description("`https://samvaer.dk/problems/` and one of: `validation`,"
                                        + " `malformed-request` (not JSON, a key twice, a value of the wrong type),"
                                        + " `malformed-path` (a path not in normal form: percent-escapes, `.` or `..`"
                                        + " segments, `//`, `;`), `unauthenticated`, `forbidden`, `not-found`,"
                                        + " `method-not-allowed`, `not-acceptable`, `unsupported-media-type`,"
                                        + " `payload-too-large`, `cpr-number-refused`, `unknown-reference`,"
                                        + " `already-exists`, `idempotency-conflict`, `request-in-progress`,"
                                        + " `concurrent-modification`, `version-mismatch`, `rule/<rule>`,"
                                        + " `request-refused` (an HTTP request that cannot be served as sent, e.g."
                                        + " 414, 431, 505), `internal-error`")
                                .example("https://samvaer.dk/problems/validation"))
                .addProperty("title", new StringSchema().example("Bad Request"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("The request has invalid fields; see 'errors'."))
                .addProperty(
                        "instance",
                        new StringSchema()
                                .format("uri-reference")
                                .example("/api/v1/activities/9f034e16-a0a2-3e0c-a616-540b7d2aaf77/logbook"))
                .addProperty(
                        "rule",
                        new StringSchema()
                                .description("For 409: the name of the business rule")
                                .example("logbook-already-recorded"))
                .addProperty(
                        "errors",
                        new ArraySchema()
                                .description("For 400 and 422: the invalid fields")
                                .items(new ObjectSchema().properties(error)));
    }
}
