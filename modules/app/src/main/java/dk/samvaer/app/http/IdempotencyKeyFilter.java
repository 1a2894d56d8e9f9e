package dk.samvaer.app.http;

import dk.samvaer.kernel.idempotency.IdempotencyConflict;
import dk.samvaer.kernel.idempotency.IdempotencyStore;
import dk.samvaer.kernel.idempotency.StoredResponse;
import dk.samvaer.kernel.security.Caller;
import dk.samvaer.kernel.security.Pseudonyms;
import dk.samvaer.kernel.web.ApiExceptionHandler;
import dk.samvaer.kernel.web.ApiHeaders;
import dk.samvaer.kernel.web.FieldError;
import dk.samvaer.kernel.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Honours {@code Idempotency-Key} on every POST: the first successful answer for a client's key is kept and replayed
 * (as 200, with {@code Idempotent-Replayed: true}) to the same request sent again; the same key with another request
 * is 409 {@code idempotency-conflict}. Keys are per client; only a keyed fingerprint of the request is kept.
 *
 * <p>The fingerprint is of the request's bytes (method, path, query and body): this filter serves every POST and does
 * not know their shapes, so a client that sends the same key again sends the same bytes. Case-system postings are
 * different on purpose: ingestion fingerprints the posting's content ({@code outreach.ingestion}), so a case system
 * that retries with reformatted JSON gets its first answer. Both share the store, its claims and its conflicts.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Order(1)
class IdempotencyKeyFilter extends OncePerRequestFilter {

    static final String HEADER = ApiHeaders.IDEMPOTENCY_KEY;
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,200}");

    private final IdempotencyStore store;
    private final Pseudonyms pseudonyms;
    private final ProblemWriter problems;

    IdempotencyKeyFilter(IdempotencyStore store, Pseudonyms pseudonyms, ProblemWriter problems) {
        this.store = store;
        this.pseudonyms = pseudonyms;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !CprGuardFilter.isApi(request)
                || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (!ACCEPTABLE.matcher(key).matches()) {
            problems.write(
                    response,
                    ApiExceptionHandler.validation(
                            List.of(new FieldError(HEADER, "is 1-200 characters of letters, digits and . _ : -"))));
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String fingerprint = pseudonyms.fingerprint(fingerprintInput(request, body));
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        IdempotencyStore.Outcome outcome;
        try {
            outcome = store.execute("idempotency-key:" + Caller.current().client(), key, fingerprint, false, () -> {
                try {
                    chain.doFilter(new CprGuardFilter.Replayable(request, body), captured);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (ServletException e) {
                    throw new IllegalStateException(e);
                }
                return new StoredResponse(
                        captured.getStatus(),
                        captured.getContentType(),
                        captured.getHeader("Location"),
                        captured.getContentAsByteArray());
            });
        } catch (IdempotencyConflict e) {
            problems.write(response, ApiExceptionHandler.problemFor(e).orElseThrow());
            return;
        }
        if (outcome.replayed()) {
            StoredResponse stored = outcome.response();
            response.setStatus(stored.status());
            response.setHeader(ApiHeaders.IDEMPOTENT_REPLAYED, "true");
            if (stored.contentType() != null) {
                response.setContentType(stored.contentType());
            }
            if (stored.location() != null) {
                response.setHeader("Location", stored.location());
            }
            if (stored.body() != null) {
                response.getOutputStream().write(stored.body());
            }
            return;
        }
        captured.copyBodyToResponse();
    }

    private static byte[] fingerprintInput(HttpServletRequest request, byte[] body) {
        String head = request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n";
        byte[] start = head.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[start.length + body.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(body, 0, all, start.length, body.length);
        return all;
    }
}
