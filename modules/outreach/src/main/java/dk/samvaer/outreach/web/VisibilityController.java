package dk.samvaer.outreach.web;

import dk.samvaer.activities.api.ActivityId;
import dk.samvaer.kernel.Page;
import dk.samvaer.kernel.Paging;
import dk.samvaer.kernel.readmodel.ReadYourWrites;
import dk.samvaer.kernel.security.Caller;
import dk.samvaer.kernel.security.Roles;
import dk.samvaer.kernel.web.Created;
import dk.samvaer.outreach.api.Channel;
import dk.samvaer.outreach.api.RecordVisibilityAction;
import dk.samvaer.outreach.api.VisibilityActionId;
import dk.samvaer.outreach.api.VisibilityKind;
import dk.samvaer.outreach.query.OutreachQueries;
import dk.samvaer.outreach.query.OutreachQueries.VisibilityView;
import dk.samvaer.programme.api.CentreDirectory;
import dk.samvaer.programme.api.CentreId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Visibility actions of the centres: posters, social-media posts, open houses, the Drop-in Centres' Day. */
@RestController
@RequestMapping("/api/v1/visibility-actions")
@Tag(name = "Outreach", description = "Visibility actions of the centres")
class VisibilityController {

    private final CommandGateway commands;
    private final OutreachQueries queries;
    private final CentreDirectory centres;
    private final ReadYourWrites readYourWrites;

    VisibilityController(
            CommandGateway commands, OutreachQueries queries, CentreDirectory centres, ReadYourWrites readYourWrites) {
        this.commands = commands;
        this.queries = queries;
        this.centres = centres;
        this.readYourWrites = readYourWrites;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.CENTRE_STAFF})
    @Operation(operationId = "recordVisibilityAction", summary = "Record a visibility action of a centre")
    ResponseEntity<Created> record(@Valid @RequestBody VisibilityRequest request) {
        centres.requireVisible(new CentreId(request.centreId()));
        VisibilityActionId id = VisibilityActionId.random();
        commands.sendAndWait(new RecordVisibilityAction(
                id,
                new CentreId(request.centreId()),
                request.kind(),
                request.channel(),
                request.activityId() == null ? null : new ActivityId(request.activityId()),
                request.takenOn(),
                request.description()));
        readYourWrites.await();
        return ResponseEntity.created(URI.create("/api/v1/visibility-actions?centreId=" + request.centreId()))
                .body(new Created(id.toString()));
    }

    @GetMapping
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.CENTRE_STAFF, Roles.AUDITOR})
    @Operation(
            operationId = "listVisibilityActions",
            summary = "List visibility actions by municipality, centre and date range")
    Page<VisibilityView> list(
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String municipalityCode,
            @RequestParam(required = false) UUID centreId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Valid Paging paging) {
        return queries.visibilityActions(Caller.current().scopeFor(municipalityCode), centreId, from, to, paging);
    }

    record VisibilityRequest(
            @Schema(example = "6fef8f7d-14c1-3cb2-a563-ba4867e368bb") @NotNull UUID centreId,
            @Schema(example = "SOCIAL_MEDIA_POST") @NotNull VisibilityKind kind,
            @Schema(example = "FACEBOOK", description = "for a social-media post only") Channel channel,
            @Schema(example = "9f034e16-a0a2-3e0c-a616-540b7d2aaf77", description = "for a poster: its activity")
                    UUID activityId,
            @Schema(example = "2025-04-25") @NotNull @PastOrPresent LocalDate takenOn,
            @Schema(example = "Opslag om fisketuren", maxLength = RecordVisibilityAction.MAX_DESCRIPTION)
                    @Size(max = RecordVisibilityAction.MAX_DESCRIPTION)
                    String description) {}
}
