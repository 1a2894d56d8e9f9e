package dk.samvaer.app.security;

import dk.samvaer.kernel.security.CallerAuthentication;
import dk.samvaer.kernel.web.ApiHeaders;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request that carries an API key, in {@code X-API-Key} or as {@code Authorization: ApiKey <key>}
 * (the form Prometheus can send). An unknown key is answered 401 at once; the key itself is never logged or echoed.
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final String HEADER = ApiHeaders.API_KEY;
    static final String SCHEME = "ApiKey ";

    private final ApiKeys keys;
    private final ProblemResponses problems;

    ApiKeyAuthenticationFilter(ApiKeys keys, ProblemResponses problems) {
        this.keys = keys;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = presentedKey(request);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        var caller = keys.authenticate(key);
        if (caller.isEmpty()) {
            problems.unauthenticated(request, response, ProblemResponses.Failure.INVALID_KEY);
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new CallerAuthentication(caller.get()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static String presentedKey(HttpServletRequest request) {
        String header = request.getHeader(HEADER);
        if (header != null && !header.isBlank()) {
            return header.strip();
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return authorization.substring(SCHEME.length()).strip();
        }
        return null;
    }
}
