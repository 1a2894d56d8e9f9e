package dk.samvaer.app.bench;

import dk.samvaer.kernel.security.Roles;
import dk.samvaer.kernel.web.Created;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The HTTP floor for {@code bench/run} (issue 14): an endpoint that takes an escort's body through the same filters
 * and security chain as {@code POST /api/v1/escorts} and does no work, so the bench can set single-item ingestion
 * beside what HTTP on the same box allows. It exists only when {@code samvaer.bench.http-floor=true}, which only the
 * bench sets; it is not part of the contract.
 */
@Hidden
@RestController
@ConditionalOnProperty(name = "samvaer.bench.http-floor", havingValue = "true")
class HttpFloorController {

    static final String PATH = "/api/v1/bench/http-floor";

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({Roles.CASE_SYSTEM, Roles.MUNICIPAL_LEADER, Roles.PROGRAMME_ADMIN})
    Created floor(@RequestBody String body) {
        return new Created(UUID.randomUUID().toString());
    }
}
