package dk.samvaer.feed.web;

import dk.samvaer.feed.api.FeedPage;
import dk.samvaer.feed.query.EventFeed;
import dk.samvaer.feed.query.PublicEvents;
import dk.samvaer.kernel.InvalidInput;
import dk.samvaer.kernel.security.Caller;
import dk.samvaer.kernel.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The outbound feed for machine clients: the domain events in order, after a cursor, with long polling. */
@RestController
@RequestMapping("/api/v1/feed")
@Tag(name = "Feed", description = "The domain events in order for machine clients, and signed webhooks")
@EnableConfigurationProperties(FeedProperties.class)
class FeedController {

    private final EventFeed feed;
    private final PublicEvents events;
    private final FeedProperties properties;

    FeedController(EventFeed feed, PublicEvents events, FeedProperties properties) {
        this.feed = feed;
        this.events = events;
        this.properties = properties;
    }

    @GetMapping
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.CASE_SYSTEM, Roles.AUDITOR})
    @Operation(
            operationId = "readFeed",
            summary = "The domain events after a position, in order, in their public shape (docs/events.md), scoped"
                    + " to the caller's municipalities; wait=PT30S holds the request until one arrives",
            description = "Continue with after=next. Citizen pseudonyms are included only for programme admins and"
                    + " auditors. Events are served once they have settled (positions are final), a few seconds"
                    + " after they were recorded at most.")
    FeedPage feed(
            @Parameter(description = "Only events after this position (0: from the beginning)")
                    @RequestParam(defaultValue = "0")
                    @Min(0)
                    long after,
            @Parameter(description = "Only these types, comma-separated, e.g. ActivityHeld,EscortProvided")
                    @RequestParam(required = false)
                    @Pattern(regexp = "[A-Za-z]{1,80}(,[A-Za-z]{1,80}){0,99}")
                    String types,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit,
            @Parameter(description = "How long to wait for a new event when there is none (ISO 8601, at most PT30S)")
                    @RequestParam(defaultValue = "PT0S")
                    Duration wait) {
        Set<String> wanted = types(types);
        if (wait.isNegative() || wait.compareTo(properties.maxWait()) > 0) {
            throw new InvalidInput("out-of-range", "wait", "wait is from PT0S to " + properties.maxWait() + ".");
        }
        Caller caller = Caller.current();
        Instant deadline = Instant.now().plus(wait);
        FeedPage page = feed.read(after, wanted, caller, limit);
        while (page.items().isEmpty() && Instant.now().isBefore(deadline)) {
            sleep();
            page = feed.read(page.next(), wanted, caller, limit);
        }
        return page;
    }

    private Set<String> types(String types) {
        if (types == null) {
            return Set.of();
        }
        Set<String> wanted = new LinkedHashSet<>(Arrays.asList(types.split(",")));
        for (String type : wanted) {
            if (!events.types().contains(type)) {
                throw new InvalidInput(
                        "unknown-type", "types", "No event type " + type + "; the types are " + events.types() + ".");
            }
        }
        return wanted;
    }

    private void sleep() {
        try {
            Thread.sleep(properties.pollInterval().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for events", e);
        }
    }
}
