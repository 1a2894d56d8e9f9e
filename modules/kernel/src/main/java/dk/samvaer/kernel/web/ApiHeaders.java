package dk.samvaer.kernel.web;

/** The names of the API's own HTTP headers, spelled once for the filters, CORS and the contract. */
public final class ApiHeaders {

    /** Request: the client's API key (also accepted as {@code Authorization: ApiKey <key>}). */
    public static final String API_KEY = "X-API-Key";

    /** Request (optional) and every response: the id that ties a request to its log lines and events. */
    public static final String CORRELATION_ID = "X-Correlation-Id";
    /** The key of the correlation id in the logging context (MDC), as the log pattern prints it. */
    public static final String CORRELATION_ID_LOG_KEY = "correlationId";

    /** Request (optional, on POST): the client's key that makes a retried POST safe. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /** Response: {@code true} when the answer is the kept answer to an earlier request with the same key. */
    public static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";

    private ApiHeaders() {}
}
