package dk.samvaer.web.pages;

import dk.samvaer.kernel.NotFound;
import jakarta.annotation.security.PermitAll;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * An address below a page that no page answers gets the Danish 404 page (through {@link PageErrors}), not the API's
 * problem JSON. Spring matches the most specific pattern first, so this answers only what nothing else does.
 */
@Controller
@PermitAll
class UnknownPages {

    @RequestMapping({"/aktiviteter/**", "/velkomster/**", "/synlighed/**", "/oversigt/**", "/revision/**"})
    String unknown() {
        throw new NotFound("No such page.");
    }
}
