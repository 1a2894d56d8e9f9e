package dk.samvaer.app.openapi;

import dk.samvaer.kernel.web.ApiExceptionHandler;
import dk.samvaer.kernel.web.ProblemTypes;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The RFC 9457 problems an operation can answer, each with an example, chosen by what the operation can meet. */
final class ContractProblems {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String PROBLEM = "#/components/schemas/Problem";
    static final String FIELD_ERROR = "#/components/schemas/ProblemFieldError";

    private ContractProblems() {}

    static void declare(Operation operation, boolean write, boolean hasPathId, boolean takesIfMatch) {
        ApiResponses responses = operation.getResponses();
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasParameters =
                operation.getParameters() != null && !operation.getParameters().isEmpty();
        if (hasBody || hasParameters) {
            put(
                    responses,
                    "400",
                    "Invalid input: malformed JSON, a malformed path or invalid fields",
                    "validation",
                    "The request has invalid fields; see 'errors'.");
        }
        put(
                responses,
                "401",
                "No valid credentials (API key or bearer token)",
                "unauthenticated",
                "Credentials are required: an X-API-Key header or a bearer token.");
        put(
                responses,
                "429",
                "Too many failed authentication attempts from your address; wait for Retry-After seconds",
                "too-many-failed-authentications",
                "Too many failed authentication attempts from your address. Try again in 6 seconds.");
        responses
                .get("429")
                .addHeaderObject(
                        "Retry-After",
                        new Header()
                                .description("Seconds until your address may try to authenticate again")
                                .required(true)
                                .schema(new IntegerSchema().minimum(java.math.BigDecimal.ONE)));
        put(
                responses,
                "403",
                "Your role may not do this (or not in that municipality)",
                "forbidden",
                "Your role may not do this.");
        if (hasPathId) {
            put(responses, "404", "No such resource, or not in your municipalities", "not-found", "No such activity.");
        }
        put(
                responses,
                "406",
                "The Accept header names no representation this operation has",
                "not-acceptable",
                "The Accept header names no representation this resource has.");
        if (write) {
            put(
                    responses,
                    "409",
                    "A business rule refuses the request in the current state, or the Idempotency-Key was used for"
                            + " another request",
                    "rule/logbook-already-recorded",
                    "The logbook of this activity is already recorded; correct it (PUT) instead.");
        }
        if (takesIfMatch) {
            put(
                    responses,
                    "412",
                    "If-Match does not match the current version",
                    "version-mismatch",
                    "The resource was changed since you read it (If-Match does not match its current version).");
        }
        if (hasBody || hasParameters) {
            put(
                    responses,
                    "422",
                    "The request refers to something that does not exist, or carries what looks like a CPR number"
                            + " (cpr-number-refused)",
                    "unknown-reference",
                    "No centre is registered with id 3f1c2a9e-6a55-4d5e-9d57-0c6f2b1f7a10.");
        }
        if (hasBody) {
            put(
                    responses,
                    "413",
                    "The request body is larger than the configured maximum",
                    "payload-too-large",
                    "The request body may be at most 2097152 bytes.");
            put(
                    responses,
                    "415",
                    "The request body is not application/json",
                    "unsupported-media-type",
                    "The request body must be application/json.");
        }
        put(
                responses,
                "500",
                "Unexpected error; nothing was stored",
                "internal-error",
                "An unexpected error occurred. Nothing was stored. The correlation id identifies it in the log.");
    }

    private static void put(ApiResponses responses, String code, String description, String type, String detail) {
        if (responses.containsKey(code)) {
            return;
        }
        int status = Integer.parseInt(code);
        ProblemDetail problem = ApiExceptionHandler.problem(HttpStatus.valueOf(status), ProblemTypes.of(type), detail);
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", problem.getType().toString());
        example.put("title", problem.getTitle());
        example.put("status", problem.getStatus());
        example.put("detail", problem.getDetail());
        if (status == 400) {
            example.put(
                    "errors",
                    List.of(Map.of("field", "participants", "message", "must be greater than or equal to 0")));
        }
        if (type.startsWith("rule/")) {
            example.put("rule", type.substring("rule/".length()));
        }
        responses.addApiResponse(
                code,
                new ApiResponse()
                        .description(description)
                        .content(new Content()
                                .addMediaType(
                                        PROBLEM_JSON,
                                        new MediaType()
                                                .schema(new Schema<>().$ref(PROBLEM))
                                                .example(example))));
    }

    /** The problem-details schema, and the schema of one invalid field. */
    @SuppressWarnings("rawtypes")
    static void components(io.swagger.v3.oas.models.Components components) {
        Schema fieldError = new ObjectSchema()
                .description("One invalid field of a 400 or 422")
                .addProperty(
                        "field",
                        new StringSchema()
                                .description("The field's path in the request, or a parameter's or header's name")
                                .example("participants"))
                .addProperty("message", new StringSchema().example("must be greater than or equal to 0"));
        fieldError.setRequired(List.of("field", "message"));
        Schema problem = new ObjectSchema()
                .description("RFC 9457 problem details. `type` is stable; branch on it, not on `detail`.")
                .addProperty(
                        "type",
                        new StringSchema()
                                .format("uri")
                                .description("`" + ProblemTypes.BASE + "` and one of: `validation`,"
                                        + " `malformed-request` (not JSON, a key twice, a value of the wrong type),"
                                        + " `malformed-path` (a path not in normal form: percent-escapes, `.` or `..`"
                                        + " segments, `//`, `;`), `unauthenticated`, `too-many-failed-authentications`,"
                                        + " `forbidden`, `not-found`,"
                                        + " `method-not-allowed`, `not-acceptable`, `unsupported-media-type`,"
                                        + " `payload-too-large`, `cpr-number-refused`, `unknown-reference`,"
                                        + " `already-exists`, `idempotency-conflict`, `request-in-progress`,"
                                        + " `concurrent-modification`, `version-mismatch`, `rule/<rule>`,"
                                        + " `request-refused` (an HTTP request that cannot be served as sent, e.g."
                                        + " 414, 431, 505), `internal-error`")
                                .example(ProblemTypes.VALIDATION.toString()))
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
                                .description("For 409 rule/<rule>: the name of the business rule")
                                .example("logbook-already-recorded"))
                .addProperty(
                        "errors",
                        new ArraySchema()
                                .description("For 400 and 422: the invalid fields")
                                .items(new Schema<>().$ref(FIELD_ERROR)));
        problem.setRequired(List.of("type", "title", "status"));
        components.addSchemas("Problem", problem).addSchemas("ProblemFieldError", fieldError);
    }
}
