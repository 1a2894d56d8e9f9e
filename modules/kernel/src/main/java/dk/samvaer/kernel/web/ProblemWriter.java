package dk.samvaer.kernel.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem (built by {@link ApiExceptionHandler}'s factories) as the {@code application/problem+json} body of
 * a servlet response. Every answer written outside Spring MVC's handlers goes through it: the servlet filters
 * (malformed path, CPR guard, size limit, idempotency), the security entry points, the {@code /error} dispatch and
 * Tomcat's own error reports. It uses the API's JSON mapper with Spring's problem mix-in, so the body is the one MVC
 * writes for the same problem.
 */
public final class ProblemWriter {

    private final JsonMapper json;

    public ProblemWriter(JsonMapper mapper) {
        this.json = mapper.rebuild()
                .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
                .build();
    }

    /** Answers with the problem, replacing whatever the response held, unless the response is already committed. */
    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        byte[] body = json.writeValueAsBytes(problem);
        response.setContentLength(body.length);
        try {
            response.getOutputStream().write(body);
        } catch (IllegalStateException writerInUse) {
            response.getWriter().write(new String(body, StandardCharsets.UTF_8));
        }
    }
}
