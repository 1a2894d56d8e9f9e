package dk.samvaer.app.security;

import dk.samvaer.kernel.CprNumbers;
import dk.samvaer.kernel.web.PayloadTooLarge;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses any API request with a CPR-shaped value in any field: every string (and number) of a JSON body, at any
 * depth, and every query parameter. The answer is 422 {@code cpr-number-refused} naming the field, never the value;
 * nothing is stored and nothing is logged. Runs after authentication, before any controller.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Order(0)
class CprGuardFilter extends OncePerRequestFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            for (String value : parameter.getValue()) {
                if (CprNumbers.containsCprShape(value)) {
                    refuse(response, parameter.getKey());
                    return;
                }
            }
        }
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (PayloadTooLarge tooLarge) {
            RequestSizeLimitFilter.refuse(response, tooLarge.maxBytes());
            return;
        }
        if (body.length > 0) {
            Optional<String> field = cprField(body);
            if (field.isPresent()) {
                refuse(response, field.get());
                return;
            }
        }
        chain.doFilter(new Replayable(request, body), response);
    }

    /** The JSON pointer of the first field holding a CPR-shaped value, if any. Bodies that are not JSON pass. */
    static Optional<String> cprField(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            return Optional.empty();
        }
        return find(root, "");
    }

    private static Optional<String> find(JsonNode node, String pointer) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isString() || node.isNumber()) {
            return CprNumbers.containsCprShape(node.asString()) ? Optional.of(pointer) : Optional.empty();
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Optional<String> found = find(node.get(i), pointer + "/" + i);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                if (CprNumbers.containsCprShape(property.getKey())) {
                    return Optional.of(pointer + "/");
                }
                Optional<String> found = find(property.getValue(), pointer + "/" + property.getKey());
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static void refuse(HttpServletResponse response, String field) throws IOException {
        response.setStatus(422);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        String safeField = field.replaceAll("[^A-Za-z0-9/_.\\-]", "?");
        response.getWriter()
                .write(
                        "{\"type\":\"https://samvaer.dk/problems/cpr-number-refused\",\"title\":\"Unprocessable Content\","
                                + "\"status\":422,\"detail\":\"A field holds a value shaped like a CPR number. Samvær never"
                                + " accepts CPR numbers; send the case system's own citizen reference instead. Nothing was"
                                + " stored.\",\"errors\":[{\"field\":\"" + safeField
                                + "\",\"message\":\"looks like a CPR"
                                + " number\"}]}");
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
