package dk.samvaer.kernel.web;

import dk.samvaer.kernel.InvalidInput;
import dk.samvaer.kernel.NotFound;
import dk.samvaer.kernel.RuleViolation;
import dk.samvaer.kernel.UnknownReference;
import dk.samvaer.kernel.idempotency.IdempotencyConflict;
import dk.samvaer.kernel.security.OutOfScope;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;

/**
 * Turns every failure into an RFC 9457 {@code application/problem+json} answer with a stable {@code type}. Bad input
 * is a 4xx with field errors; only a fault of ours is a 500, and its detail never echoes request data.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolation(RuleViolation e) {
        return handleAny(e);
    }

    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInput e) {
        return handleAny(e);
    }

    @ExceptionHandler(UnknownReference.class)
    ResponseEntity<ProblemDetail> unknownReference(UnknownReference e) {
        return handleAny(e);
    }

    @ExceptionHandler(IdempotencyConflict.class)
    ResponseEntity<ProblemDetail> idempotencyConflict(IdempotencyConflict e) {
        return handleAny(e);
    }

    @ExceptionHandler(OutOfScope.class)
    ResponseEntity<ProblemDetail> outOfScope(OutOfScope e) {
        return handleAny(e);
    }

    /** A role that may not call this endpoint (method security). */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e) {
        return handleAny(e);
    }

    /** The problem for a role that may not do this. */
    public static ProblemDetail forbidden() {
        return problem(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Your role may not do this.");
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ProblemDetail> notFound(NotFound e) {
        return handleAny(e);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> aggregateNotFound(AggregateNotFoundException e) {
        return handleAny(e);
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ResponseEntity<ProblemDetail> versionMismatch(ConflictingAggregateVersionException e) {
        return handleAny(e);
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    ResponseEntity<ProblemDetail> alreadyExists(AggregateStreamCreationException e) {
        return handleAny(e);
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> concurrentModification(ConcurrencyException e) {
        return handleAny(e);
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> commandExecution(CommandExecutionException e) {
        return handleAny(e);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldError(
                                result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return asObject(respond(validation(errors)));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String expected =
                e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName();
        String name = e.getPropertyName() == null ? "parameter" : e.getPropertyName();
        return asObject(respond(validation(List.of(new FieldError(name, "is not a valid " + expected)))));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        return internal(e);
    }

    private ResponseEntity<ProblemDetail> handleAny(Exception cause) {
        return problemFor(cause).map(ApiExceptionHandler::respond).orElseGet(() -> internal(cause));
    }

    /**
     * The problem a known failure answers as, for callers that report many outcomes in one answer (a batch); empty
     * for a failure that is a fault of ours.
     */
    public static Optional<ProblemDetail> problemFor(Throwable failure) {
        Throwable cause = failure instanceof CommandExecutionException && failure.getCause() != null
                ? failure.getCause()
                : failure;
        ProblemDetail problem = null;
        if (cause instanceof RuleViolation e) {
            problem = problem(HttpStatus.CONFLICT, ProblemTypes.rule(e.rule()), e.getMessage());
            problem.setProperty("rule", e.rule());
        } else if (cause instanceof InvalidInput e) {
            problem = validation(List.of(new FieldError(e.field(), e.getMessage())));
        } else if (cause instanceof UnknownReference e) {
            problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.UNKNOWN_REFERENCE, e.getMessage());
            problem.setProperty("errors", List.of(new FieldError(e.field(), e.getMessage())));
        } else if (cause instanceof NotFound e) {
            problem = problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, e.getMessage());
        } else if (cause instanceof OutOfScope e) {
            problem = problem(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, e.getMessage());
        } else if (cause instanceof IdempotencyConflict e) {
            problem = problem(
                    HttpStatus.CONFLICT,
                    e.inProgress() ? ProblemTypes.REQUEST_IN_PROGRESS : ProblemTypes.IDEMPOTENCY_CONFLICT,
                    e.getMessage());
        } else if (cause instanceof AggregateNotFoundException) {
            problem = problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "No such resource.");
        } else if (cause instanceof ConflictingAggregateVersionException) {
            problem = problem(
                    HttpStatus.PRECONDITION_FAILED,
                    ProblemTypes.VERSION_MISMATCH,
                    "The resource was changed since you read it (If-Match does not match its current version).");
        } else if (cause instanceof AggregateStreamCreationException) {
            problem = problem(HttpStatus.CONFLICT, ProblemTypes.ALREADY_EXISTS, "The resource already exists.");
        } else if (cause instanceof ConcurrencyException) {
            problem = problem(
                    HttpStatus.CONFLICT,
                    ProblemTypes.CONCURRENT_MODIFICATION,
                    "The resource was changed by another request at the same time; read it again and retry.");
        } else if (cause instanceof AccessDeniedException) {
            problem = forbidden();
        }
        return Optional.ofNullable(problem);
    }

    private ResponseEntity<ProblemDetail> internal(Exception e) {
        // The exception class only: messages of lower layers may quote request data.
        log.error(
                "Unexpected failure while handling a request: {}", e.getClass().getName(), e);
        return respond(internalError(HttpStatus.INTERNAL_SERVER_ERROR));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                .collect(Collectors.toList());
        e.getBindingResult()
                .getGlobalErrors()
                .forEach(error -> errors.add(new FieldError(error.getObjectName(), error.getDefaultMessage())));
        return asObject(respond(validation(errors)));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PayloadTooLarge tooLarge) {
                return asObject(respond(payloadTooLarge(tooLarge)));
            }
        }
        ProblemDetail problem = problem(
                HttpStatus.BAD_REQUEST,
                ProblemTypes.MALFORMED_REQUEST,
                "The request body is missing or is not valid JSON of the expected shape.");
        if (e.getCause() instanceof JacksonException jackson
                && !jackson.getPath().isEmpty()) {
            String field = jsonPath(jackson.getPath());
            problem.setDetail("The request body has a value of the wrong type or shape at '" + field + "'.");
            problem.setProperty("errors", List.of(new FieldError(field, "has the wrong type or shape")));
        }
        return asObject(respond(problem));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return asObject(respond(validation(List.of(new FieldError(e.getParameterName(), "is required")))));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(
            NoResourceFoundException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return asObject(respond(problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "No such resource.")));
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(
            HttpRequestMethodNotSupportedException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ResponseEntity<ProblemDetail> answer = respond(problem(
                HttpStatus.METHOD_NOT_ALLOWED,
                ProblemTypes.METHOD_NOT_ALLOWED,
                "Method " + e.getMethod() + " is not allowed here."));
        return ResponseEntity.status(answer.getStatusCode())
                .headers(headers)
                .contentType(answer.getHeaders().getContentType())
                .body(answer.getBody());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(
            HttpMediaTypeNotAcceptableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(
                HttpStatus.NOT_ACCEPTABLE,
                ProblemTypes.NOT_ACCEPTABLE,
                "This resource is available as " + e.getSupportedMediaTypes() + ".");
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
            HttpMediaTypeNotSupportedException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return asObject(respond(unsupportedMediaType()));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e) {
        return respond(validation(List.of(new FieldError(e.getHeaderName(), "header is required"))));
    }

    private static String jsonPath(List<JacksonException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                out.append('[').append(reference.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    /** A validation problem (400) listing the invalid fields. */
    public static ProblemDetail validation(List<FieldError> errors) {
        ProblemDetail problem = problem(
                HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "The request has invalid fields; see 'errors'.");
        problem.setProperty("errors", errors);
        return problem;
    }

    /**
     * The problem for an answer that has only a status: one raised below the handlers (Tomcat itself, a
     * {@code sendError} of a filter, the {@code /error} dispatch). Its detail never echoes request data.
     */
    public static ProblemDetail forStatus(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        if (known == null) {
            known = status >= 500 ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST;
        }
        return switch (known) {
            case BAD_REQUEST ->
                problem(known, ProblemTypes.MALFORMED_REQUEST, "The request is not an HTTP request Samvær can read.");
            case UNAUTHORIZED -> credentialsRequired();
            case FORBIDDEN -> forbidden();
            case NOT_FOUND -> problem(known, ProblemTypes.NOT_FOUND, "No such resource.");
            case METHOD_NOT_ALLOWED ->
                problem(known, ProblemTypes.METHOD_NOT_ALLOWED, "The method is not allowed here.");
            case NOT_ACCEPTABLE ->
                problem(known, ProblemTypes.NOT_ACCEPTABLE, "The resource is not available in an accepted media type.");
            case CONTENT_TOO_LARGE -> problem(known, ProblemTypes.PAYLOAD_TOO_LARGE, "The request body is too large.");
            case UNSUPPORTED_MEDIA_TYPE -> unsupportedMediaType();
            case NOT_IMPLEMENTED, HTTP_VERSION_NOT_SUPPORTED -> requestRefused(known);
            default -> known.is5xxServerError() ? internalError(known) : requestRefused(known);
        };
    }

    /** The problem for a request without credentials. */
    public static ProblemDetail credentialsRequired() {
        return problem(
                HttpStatus.UNAUTHORIZED,
                ProblemTypes.UNAUTHENTICATED,
                "Credentials are required: an X-API-Key header or a bearer token.");
    }

    /** The problem for a request body larger than the limit, found before or while it was read. */
    public static ProblemDetail payloadTooLarge(PayloadTooLarge tooLarge) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE, tooLarge.getMessage());
    }

    /** The problem for a request body in a media type (or charset) the API does not read. */
    public static ProblemDetail unsupportedMediaType() {
        return problem(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                ProblemTypes.UNSUPPORTED_MEDIA_TYPE,
                "Send the request body as application/json (UTF-8).");
    }

    /** The problem for a path that is not in normal form (percent-escapes, dot segments, empty segments, ';'). */
    public static ProblemDetail malformedPath() {
        return problem(
                HttpStatus.BAD_REQUEST,
                ProblemTypes.MALFORMED_PATH,
                "The path must be in normal form: no percent-escapes, no '.' or '..' segments, no '//', no ';'.");
    }

    private static ProblemDetail requestRefused(HttpStatus status) {
        return problem(
                status,
                ProblemTypes.REQUEST_REFUSED,
                "The request cannot be served as sent (" + status.value() + " " + status.getReasonPhrase() + ").");
    }

    private static ProblemDetail internalError(HttpStatus status) {
        return problem(
                status,
                ProblemTypes.INTERNAL,
                "An unexpected error occurred. Nothing was stored. The correlation id identifies it in the log.");
    }

    public static ProblemDetail problem(HttpStatus status, URI type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> asObject(ResponseEntity<ProblemDetail> response) {
        return (ResponseEntity) response;
    }
}
