package dk.samvaer.kernel.web;

import java.net.URI;

/**
 * The stable problem {@code type} URIs of the API. Clients branch on the last path segment; the list is documented
 * in the OpenAPI description and the README.
 */
public final class ProblemTypes {

    public static final String BASE = "https://samvaer.dk/problems/";

    public static final URI VALIDATION = of("validation");
    public static final URI UNAUTHENTICATED = of("unauthenticated");
    public static final URI FORBIDDEN = of("forbidden");
    public static final URI CPR_NUMBER_REFUSED = of("cpr-number-refused");
    public static final URI IDEMPOTENCY_CONFLICT = of("idempotency-conflict");
    public static final URI REQUEST_IN_PROGRESS = of("request-in-progress");
    public static final URI PAYLOAD_TOO_LARGE = of("payload-too-large");
    public static final URI MALFORMED_REQUEST = of("malformed-request");
    public static final URI MALFORMED_PATH = of("malformed-path");
    public static final URI REQUEST_REFUSED = of("request-refused");
    public static final URI NOT_FOUND = of("not-found");
    public static final URI UNKNOWN_REFERENCE = of("unknown-reference");
    public static final URI ALREADY_EXISTS = of("already-exists");
    public static final URI CONCURRENT_MODIFICATION = of("concurrent-modification");
    public static final URI VERSION_MISMATCH = of("version-mismatch");
    public static final URI METHOD_NOT_ALLOWED = of("method-not-allowed");
    public static final URI NOT_ACCEPTABLE = of("not-acceptable");
    public static final URI UNSUPPORTED_MEDIA_TYPE = of("unsupported-media-type");
    public static final URI TOO_MANY_FAILED_AUTHENTICATIONS = of("too-many-failed-authentications");
    public static final URI INTERNAL = of("internal-error");

    private ProblemTypes() {}

    /** A type for a named business rule, e.g. {@code rule/logbook-already-recorded}. */
    public static URI rule(String rule) {
        return of("rule/" + rule);
    }

    public static URI of(String slug) {
        return URI.create(BASE + slug);
    }
}
