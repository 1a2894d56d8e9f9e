package dk.samvaer.app.http;

import dk.samvaer.kernel.CprNumbers;
import dk.samvaer.kernel.web.ApiExceptionHandler;
import dk.samvaer.kernel.web.FieldError;
import dk.samvaer.kernel.web.PayloadTooLarge;
import dk.samvaer.kernel.web.ProblemTypes;
import dk.samvaer.kernel.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses any API request with a CPR-shaped value in any field: every string and number of a JSON body, at any depth,
 * every key, every value of a key given twice, and every query parameter. The answer is 422
 * {@code cpr-number-refused} naming the field, never the value; nothing is stored and nothing is logged. Runs after
 * authentication, before any controller. It decides whether a request is an API request by its decoded, normalised
 * servlet path (as routing does), not by the raw URI.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Order(0)
class CprGuardFilter extends OncePerRequestFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A number is examined in plain notation only up to this many digits either side of the point. */
    private static final int MAX_PLAIN_DIGITS = 64;

    private final ProblemWriter problems;

    CprGuardFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isApi(request);
    }

    /** Whether the request is for the API, judged by the path the application routes on. */
    static boolean isApi(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // the one header that is kept (with the answer it keys)
        if (CprNumbers.containsCprShape(request.getHeader(IdempotencyKeyFilter.HEADER))) {
            problems.write(response, refused(IdempotencyKeyFilter.HEADER));
            return;
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            for (String value : parameter.getValue()) {
                if (CprNumbers.containsCprShape(value) || CprNumbers.containsCprShape(parameter.getKey())) {
                    problems.write(response, refused(parameter.getKey()));
                    return;
                }
            }
        }
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (PayloadTooLarge tooLarge) {
            problems.write(response, ApiExceptionHandler.payloadTooLarge(tooLarge));
            return;
        }
        if (body.length > 0) {
            Optional<String> field = cprField(body);
            if (field.isPresent()) {
                problems.write(response, refused(field.get()));
                return;
            }
        }
        chain.doFilter(new Replayable(request, body), response);
    }

    /**
     * The JSON pointer of the first field holding a CPR-shaped value, if any. Every token is examined as it is read,
     * so a key given twice is seen twice; a body that stops being JSON is examined up to that point (the application
     * refuses the rest).
     */
    static Optional<String> cprField(byte[] body) {
        Deque<Object> path = new ArrayDeque<>();
        try (JsonParser parser = JSON.createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                switch (token) {
                    case START_OBJECT -> path.push("");
                    case START_ARRAY -> path.push(-1);
                    case END_OBJECT, END_ARRAY -> {
                        path.pop();
                        advance(path);
                    }
                    case PROPERTY_NAME -> {
                        path.pop();
                        path.push(parser.currentName());
                        if (CprNumbers.containsCprShape(parser.currentName())) {
                            return Optional.of(pointer(path));
                        }
                    }
                    default -> {
                        advance(path);
                        if (holdsCpr(parser, token)) {
                            return Optional.of(pointer(path));
                        }
                    }
                }
            }
        } catch (JacksonException notJson) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static void advance(Deque<Object> path) {
        if (!path.isEmpty() && path.peek() instanceof Integer index) {
            path.pop();
            path.push(index + 1);
        }
    }

    private static String pointer(Deque<Object> path) {
        StringBuilder out = new StringBuilder();
        for (java.util.Iterator<Object> steps = path.descendingIterator(); steps.hasNext(); ) {
            out.append('/').append(steps.next());
        }
        return out.toString();
    }

    private static boolean holdsCpr(JsonParser parser, JsonToken token) {
        return switch (token) {
            case VALUE_STRING -> CprNumbers.containsCprShape(parser.getString());
            case VALUE_NUMBER_INT -> CprNumbers.containsCprShape(parser.getString());
            case VALUE_NUMBER_FLOAT -> CprNumbers.containsCprShape(parser.getString()) || plainHoldsCpr(parser);
            default -> false;
        };
    }

    /** A number such as {@code 3112991234.0} or {@code 3.112991234e9}, written out in plain notation. */
    private static boolean plainHoldsCpr(JsonParser parser) {
        BigDecimal number = parser.getDecimalValue();
        if (Math.abs(number.scale()) > MAX_PLAIN_DIGITS || number.precision() > MAX_PLAIN_DIGITS) {
            return false;
        }
        return CprNumbers.containsCprShape(number.toPlainString())
                || CprNumbers.containsCprShape(number.stripTrailingZeros().toPlainString());
    }

    /** The 422 answer naming the field (or header) that holds a CPR-shaped value, never the value. */
    private static ProblemDetail refused(String field) {
        ProblemDetail problem = ApiExceptionHandler.problem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                ProblemTypes.CPR_NUMBER_REFUSED,
                "A field holds a value shaped like a CPR number. Samvær never accepts CPR numbers; send the case"
                        + " system's own citizen reference instead. Nothing was stored.");
        String safeField = field.replaceAll("[^A-Za-z0-9/_.\\-]", "?");
        problem.setProperty("errors", List.of(new FieldError(safeField, "looks like a CPR number")));
        return problem;
    }

    /** The request with its body read once and offered again. */
    static final class Replayable extends HttpServletRequestWrapper {

        private final byte[] body;

        Replayable(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
