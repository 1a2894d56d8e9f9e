package dk.samvaer.app.web;

import dk.samvaer.kernel.web.ApiExceptionHandler;
import dk.samvaer.kernel.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before security and routing see it, a request whose form could make two layers disagree about it:
 *
 * <ul>
 *   <li>a path not in normal form (400 {@code malformed-path}): any percent-escape (no path of this API needs one,
 *       and {@code /%61pi/} must not be {@code /api/} to one layer and something else to another), a {@code .} or
 *       {@code ..} segment, an empty segment ({@code //}), a {@code ;} path parameter or a backslash;
 *   <li>a body in a media type no endpoint reads (415 {@code unsupported-media-type}): a {@code Content-Type} that
 *       does not parse, is a wildcard ({@code *}{@code /*}, {@code application/*}) or names an unknown charset;
 *   <li>a write to the API whose {@code Accept} rules out JSON (406 {@code not-acceptable}): every write answers JSON,
 *       and finding that out only after the write ran would store a fact the caller was told failed.
 * </ul>
 *
 * It runs right after the correlation id is assigned, so the answer carries one.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestFormFilter extends OncePerRequestFilter {

    private final ProblemWriter problems;

    RequestFormFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isNormalised(request.getRequestURI())) {
            problems.write(response, ApiExceptionHandler.malformedPath());
            return;
        }
        if (hasBody(request) && !isUsable(request.getContentType())) {
            problems.write(response, ApiExceptionHandler.unsupportedMediaType());
            return;
        }
        if (isApiWrite(request) && !acceptsJson(request.getHeader(HttpHeaders.ACCEPT))) {
            problems.write(response, ApiExceptionHandler.forStatus(HttpStatus.NOT_ACCEPTABLE.value()));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isApiWrite(HttpServletRequest request) {
        return !HttpMethod.GET.matches(request.getMethod())
                && !HttpMethod.HEAD.matches(request.getMethod())
                && !HttpMethod.OPTIONS.matches(request.getMethod())
                && request.getRequestURI().startsWith("/api/");
    }

    /** Whether an {@code Accept} header (absent means anything) admits a JSON answer or a JSON problem. */
    static boolean acceptsJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON)
                            || type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        } catch (IllegalArgumentException unparsable) {
            return false;
        }
    }

    /** Whether the raw path (as sent, before decoding) is in normal form. */
    static boolean isNormalised(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return false;
        }
        if (rawPath.indexOf('%') >= 0
                || rawPath.indexOf(';') >= 0
                || rawPath.indexOf('\\') >= 0
                || rawPath.contains("//")) {
            return false;
        }
        for (String segment : rawPath.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    /** Whether a request body's content type is one a message converter can be chosen for. */
    static boolean isUsable(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true; // the handler answers 415 if it needs a body
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            if (type.isWildcardType() || type.isWildcardSubtype()) {
                return false;
            }
            type.getCharset();
            return true;
        } catch (IllegalArgumentException unusable) { // InvalidMediaTypeException, an unknown charset
            return false;
        }
    }
}
