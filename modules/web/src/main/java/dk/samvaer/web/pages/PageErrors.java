package dk.samvaer.web.pages;

import dk.samvaer.kernel.NotFound;
import dk.samvaer.kernel.security.OutOfScope;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** A page that does not exist for the person, or that they may not see, answers a Danish page, not problem JSON. */
@ControllerAdvice(basePackages = "dk.samvaer.web.pages")
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    /** Also an address whose id is not an id ({@code /aktiviteter/abc}). */
    @ExceptionHandler({NotFound.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    @ExceptionHandler({AccessDeniedException.class, OutOfScope.class})
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden() {
        return "error/403";
    }
}
