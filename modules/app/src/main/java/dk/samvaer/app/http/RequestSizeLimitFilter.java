package dk.samvaer.app.http;

import dk.samvaer.app.security.SecurityProperties;
import dk.samvaer.kernel.web.ApiExceptionHandler;
import dk.samvaer.kernel.web.PayloadTooLarge;
import dk.samvaer.kernel.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than {@code samvaer.security.max-request-size} with 413, before it is read: by its
 * declared length, or, for a chunked body, once more than the limit has arrived.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final ProblemWriter problems;

    RequestSizeLimitFilter(SecurityProperties properties, ProblemWriter problems) {
        this.maxBytes = properties.maxRequestSize().toBytes();
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            problems.write(response, ApiExceptionHandler.payloadTooLarge(new PayloadTooLarge(maxBytes)));
            return;
        }
        chain.doFilter(new LimitedRequest(request, maxBytes), response);
    }
}
