package dk.samvaer.feed.web;

import dk.samvaer.feed.api.Webhook;
import dk.samvaer.feed.api.WebhookCreated;
import dk.samvaer.feed.api.WebhookDelivery;
import dk.samvaer.feed.query.PublicEvents;
import dk.samvaer.feed.webhooks.AllowedHosts;
import dk.samvaer.feed.webhooks.Subscriptions;
import dk.samvaer.kernel.Denmark;
import dk.samvaer.kernel.InvalidInput;
import dk.samvaer.kernel.Page;
import dk.samvaer.kernel.Paging;
import dk.samvaer.kernel.security.Caller;
import dk.samvaer.kernel.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Signed webhooks (Standard Webhooks): subscriptions of a URL to the feed's events, their delivery logs, resending and
 * resuming. A programme admin subscribes to any municipalities (none named: all); a municipal leader to some of their
 * own, and sees only subscriptions within them.
 */
@RestController
@RequestMapping("/api/v1/webhooks")
@Tag(name = "Feed", description = "The domain events in order for machine clients, and signed webhooks")
@RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER})
class WebhookController {

    /** Denmark has 98 municipalities. */
    private final Subscriptions subscriptions;

    private final PublicEvents events;
    private final AllowedHosts allowedHosts;

    WebhookController(Subscriptions subscriptions, PublicEvents events, AllowedHosts allowedHosts) {
        this.subscriptions = subscriptions;
        this.events = events;
        this.allowedHosts = allowedHosts;
    }

    record WebhookRequest(
            @Schema(
                            example = "https://data.kolding.dk/samvaer/webhooks",
                            description = "http(s) on a host the operator allows (samvaer.webhooks.allowed-hosts)")
                    @NotBlank
                    @Size(max = Subscriptions.MAX_URL)
                    String url,
            @ArraySchema(
                            arraySchema =
                                    @Schema(
                                            example = "[\"ActivityHeld\", \"EscortProvided\"]",
                                            description = "event types as the feed names them; empty or left out for"
                                                    + " every type"))
                    @Size(max = Subscriptions.MAX_EVENT_TYPES)
                    List<@NotBlank @Pattern(regexp = "[A-Za-z]{1,80}") String> eventTypes,
            @ArraySchema(
                            arraySchema =
                                    @Schema(
                                            example = "[\"621\"]",
                                            description = "municipality codes; empty or left out for every"
                                                    + " municipality (programme admins only)"))
                    @Size(max = Denmark.MUNICIPALITIES)
                    List<
                                    @NotBlank
                                    @Pattern(regexp = "\\d{3}", message = "must be a three-digit municipality code")
                                    String>
                            municipalityCodes) {}

    record ResendRequest(
            @Schema(example = "1000", description = "resend the subscription's events from this position on")
                    @NotNull
                    @Min(0)
                    @Max(Long.MAX_VALUE / 2)
                    Long fromPosition) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "createWebhook",
            summary = "Subscribe a URL to the feed's events: each is POSTed there as one feed item, signed per the"
                    + " Standard Webhooks specification with the secret in the answer (shown only here)",
            description = "Events recorded after the subscription was made are sent, in order, at least once"
                    + " (webhook-id is the event's id: deduplicate on it). docs/integration.md shows how to verify the"
                    + " signature.\n\n**Changes:** stores the subscription with the webhooks (not in the event"
                    + " history, which is left as it is).")
    ResponseEntity<WebhookCreated> create(@Valid @RequestBody WebhookRequest request) {
        Caller caller = Caller.current();
        String url = allowedHosts.require("url", request.url());
        Set<String> types = new TreeSet<>(request.eventTypes() == null ? List.of() : request.eventTypes());
        for (String type : types) {
            if (!events.types().contains(type)) {
                throw new InvalidInput(
                        "unknown-type",
                        "eventTypes",
                        "No event type " + type + "; the types are " + events.types() + ".");
            }
        }
        Set<String> codes =
                new TreeSet<>(request.municipalityCodes() == null ? List.of() : request.municipalityCodes());
        if (codes.isEmpty() && !caller.allMunicipalities()) {
            throw new InvalidInput(
                    "municipalities-required",
                    "municipalityCodes",
                    "Name the municipalities of yours whose events the webhook is for.");
        }
        codes.forEach(caller::requireMayWriteIn);
        WebhookCreated created = subscriptions.create(url, types, codes, caller);
        URI location = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{id}")
                .buildAndExpand(created.id())
                .toUri();
        return ResponseEntity.created(location).body(created);
    }

    @GetMapping
    @Operation(operationId = "listWebhooks", summary = "The webhook subscriptions you see, oldest first")
    Page<Webhook> list(@Valid Paging paging) {
        return subscriptions.list(Caller.current(), paging);
    }

    @GetMapping("/{id}")
    @Operation(
            operationId = "getWebhook",
            summary = "A webhook subscription: status (paused, and why), the last position delivered, and the lag")
    Webhook get(@PathVariable UUID id) {
        return subscriptions.get(id.toString(), Caller.current());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            operationId = "deleteWebhook",
            summary = "End a webhook subscription, with its delivery log",
            description = "Nothing more is sent to it.\n\n**Changes:** removes the subscription, its delivery log and"
                    + " its undelivered deliveries; the event history is left as it is.")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        subscriptions.delete(id.toString(), Caller.current());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/deliveries")
    @Operation(
            operationId = "listWebhookDeliveries",
            summary = "The delivery log of a subscription, newest first: status, attempts, the last error")
    Page<WebhookDelivery> deliveries(@PathVariable UUID id, @Valid Paging paging) {
        return subscriptions.deliveries(id.toString(), Caller.current(), paging);
    }

    @PostMapping("/{id}/resend")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            operationId = "resendWebhookDeliveries",
            summary = "Send the subscription's events again from a position on, in order (also those before it was"
                    + " made); a paused subscription sends them once resumed",
            description = "Accepted at once; the deliveries follow, in order, after any the subscription still"
                    + " owes from before the position.\n\n**Changes:** its deliveries from the position on are"
                    + " pending again (attempts from 0); the event history is left as it is.")
    ResponseEntity<Void> resend(@PathVariable UUID id, @Valid @RequestBody ResendRequest request) {
        subscriptions.resend(id.toString(), request.fromPosition(), Caller.current());
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/{id}/resume")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            operationId = "resumeWebhook",
            summary = "Resume a paused subscription: its failed delivery is retried at once, with a fresh retry"
                    + " period, and the rest follow in order",
            description = "An active subscription is left as it is.\n\n**Changes:** the subscription is active"
                    + " again and its failed delivery pending; the event history is left as it is.")
    ResponseEntity<Void> resume(@PathVariable UUID id) {
        subscriptions.resume(id.toString(), Caller.current());
        return ResponseEntity.noContent().build();
    }
}
