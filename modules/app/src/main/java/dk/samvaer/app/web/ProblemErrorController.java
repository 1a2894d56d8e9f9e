package dk.samvaer.app.web;

import dk.samvaer.kernel.web.ApiExceptionHandler;
import dk.samvaer.kernel.web.ProblemWriter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Replaces Spring Boot's {@code /error} answer (its own JSON, or HTML) with a problem: a {@code sendError} of any
 * filter, Spring Security's firewall, or an exception that escaped the handlers is answered in the API's error
 * contract. A direct request for {@code /error} is a 404.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ProblemErrorController implements ErrorController {

    private final ProblemWriter problems;

    ProblemErrorController(ProblemWriter problems) {
        this.problems = problems;
    }

    @PermitAll
    @RequestMapping("${server.error.path:/error}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int code = status instanceof Integer given && given >= 400 ? given : 404;
        problems.write(response, ApiExceptionHandler.forStatus(code));
    }
}
