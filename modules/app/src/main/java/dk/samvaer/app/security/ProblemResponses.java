package dk.samvaer.app.security;

import dk.samvaer.kernel.web.ApiExceptionHandler;
import dk.samvaer.kernel.web.ProblemTypes;
import dk.samvaer.kernel.web.ProblemWriter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401, 403 and the 429 of too many failed attempts as RFC 9457 problem details, written by the security filters
 * (before any controller runs). Every failed authentication is counted in
 * {@code samvaer_authentication_failures_total{reason}}, and an invalid key or token also against its client address
 * ({@link FailedAuthentications}); refused attempts in {@code samvaer_authentication_throttled_total}.
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    enum Failure {
        MISSING,
        INVALID_KEY,
        INVALID_TOKEN
    }

    private final Map<Failure, Counter> failures = new EnumMap<>(Failure.class);
    private final Counter throttled;
    private final ProblemWriter problems;
    private final FailedAuthentications failedAttempts;

    ProblemResponses(MeterRegistry registry, ProblemWriter problems, FailedAuthentications failedAttempts) {
        this.problems = problems;
        this.failedAttempts = failedAttempts;
        this.throttled = Counter.builder("samvaer.authentication.throttled")
                .description("Attempts to authenticate refused because their address failed too often (429)")
                .register(registry);
        for (Failure failure : Failure.values()) {
            failures.put(
                    failure,
                    Counter.builder("samvaer.authentication.failures")
                            .description("Requests refused for missing or invalid credentials")
                            .tag("reason", failure.name().toLowerCase())
                            .register(registry));
        }
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String authorization = request.getHeader("Authorization");
        boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        unauthenticated(request, response, bearer ? Failure.INVALID_TOKEN : Failure.MISSING);
    }

    void unauthenticated(HttpServletRequest request, HttpServletResponse response, Failure failure) throws IOException {
        failures.get(failure).increment();
        if (failure != Failure.MISSING) {
            failedAttempts.failed(request.getRemoteAddr());
        }
        response.addHeader("WWW-Authenticate", "ApiKey realm=\"samvaer\"");
        response.addHeader("WWW-Authenticate", "Bearer realm=\"samvaer\"");
        write(
                request,
                response,
                switch (failure) {
                    case MISSING -> ApiExceptionHandler.credentialsRequired();
                    case INVALID_KEY ->
                        ApiExceptionHandler.problem(
                                HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED, "The API key is not valid.");
                    case INVALID_TOKEN ->
                        ApiExceptionHandler.problem(
                                HttpStatus.UNAUTHORIZED,
                                ProblemTypes.UNAUTHENTICATED,
                                "The bearer token is not valid.");
                });
    }

    /** 429: the address used up its failed attempts ({@link FailedAuthenticationThrottle}). */
    void throttled(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem) throws IOException {
        throttled.increment();
        write(request, response, problem);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, ApiExceptionHandler.forbidden());
    }

    private void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        try {
            problem.setInstance(URI.create(request.getRequestURI()));
        } catch (IllegalArgumentException notAUri) {
            // answered without an instance
        }
        problems.write(response, problem);
    }
}
