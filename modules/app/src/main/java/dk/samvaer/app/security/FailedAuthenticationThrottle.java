package dk.samvaer.app.security;

import dk.samvaer.kernel.web.ApiExceptionHandler;
import dk.samvaer.kernel.web.ProblemTypes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an attempt to authenticate (a request carrying an API key or an {@code Authorization} header) from a client
 * address that has used up its failed attempts: 429 {@code too-many-failed-authentications} with {@code Retry-After}
 * in seconds, before the credentials are looked at. Requests without credentials (health probes, the API
 * documentation) pass.
 */
final class FailedAuthenticationThrottle extends OncePerRequestFilter {

    private final FailedAuthentications failures;
    private final ProblemResponses problems;

    FailedAuthenticationThrottle(FailedAuthentications failures, ProblemResponses problems) {
        this.failures = failures;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean presentsCredentials = request.getHeader(ApiKeyAuthenticationFilter.HEADER) != null
                || request.getHeader("Authorization") != null;
        Optional<Duration> wait = presentsCredentials ? failures.retryAfter(request.getRemoteAddr()) : Optional.empty();
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        response.setHeader("Retry-After", Long.toString(seconds));
        problems.throttled(
                request,
                response,
                ApiExceptionHandler.problem(
                        HttpStatus.TOO_MANY_REQUESTS,
                        ProblemTypes.TOO_MANY_FAILED_AUTHENTICATIONS,
                        "Too many failed authentication attempts from your address. Try again in " + seconds
                                + " seconds."));
    }
}
