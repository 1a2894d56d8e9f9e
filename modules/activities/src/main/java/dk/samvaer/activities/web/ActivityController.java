package dk.samvaer.activities.web;

import dk.samvaer.activities.api.ActivityDirectory;
import dk.samvaer.activities.api.ActivityId;
import dk.samvaer.activities.api.ActivityReadModel;
import dk.samvaer.activities.api.ActivityReadModel.LogbookVersion;
import dk.samvaer.activities.api.ActivityStatus;
import dk.samvaer.activities.api.ActivityView;
import dk.samvaer.activities.api.CancelActivity;
import dk.samvaer.activities.api.Category;
import dk.samvaer.activities.api.CorrectLogbook;
import dk.samvaer.activities.api.HeardVia;
import dk.samvaer.activities.api.IssueEvaluationLink;
import dk.samvaer.activities.api.PlanActivity;
import dk.samvaer.activities.api.RecordLogbook;
import dk.samvaer.activities.api.Setting;
import dk.samvaer.activities.api.SubmitEvaluation;
import dk.samvaer.activities.query.ActivityQueries;
import dk.samvaer.activities.query.ActivityQueries.EvaluationView;
import dk.samvaer.kernel.Bounds;
import dk.samvaer.kernel.NotFound;
import dk.samvaer.kernel.Page;
import dk.samvaer.kernel.Paging;
import dk.samvaer.kernel.readmodel.ReadYourWrites;
import dk.samvaer.kernel.security.Caller;
import dk.samvaer.kernel.security.Roles;
import dk.samvaer.kernel.web.Created;
import dk.samvaer.kernel.web.ETags;
import dk.samvaer.programme.api.CentreDirectory;
import dk.samvaer.programme.api.CentreId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.Nullable;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Plug-and-play activities: plan, logbook, corrections, cancellation and participant evaluations. */
@RestController
@RequestMapping("/api/v1/activities")
@Tag(name = "Activities", description = "Plug-and-play activities, their logbooks and participant evaluations")
class ActivityController {

    private final CommandGateway commands;
    private final ActivityQueries queries;
    private final ReadYourWrites readYourWrites;
    private final ActivityDirectory activities;
    private final CentreDirectory centres;

    ActivityController(
            CommandGateway commands,
            ActivityQueries queries,
            ReadYourWrites readYourWrites,
            ActivityDirectory activities,
            CentreDirectory centres) {
        this.commands = commands;
        this.activities = activities;
        this.centres = centres;
        this.queries = queries;
        this.readYourWrites = readYourWrites;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.CENTRE_STAFF})
    @Operation(operationId = "planActivity", summary = "Plan an activity at a drop-in centre")
    ResponseEntity<Created> plan(@Valid @RequestBody PlanActivityRequest request) {
        centres.requireVisible(new CentreId(request.centreId()));
        ActivityId id = ActivityId.random();
        commands.sendAndWait(new PlanActivity(
                id,
                new CentreId(request.centreId()),
                request.title(),
                request.category(),
                request.setting(),
                request.startsAt(),
                request.description(),
                request.costPerParticipant(),
                request.transport(),
                request.accessibilityNotes()));
        readYourWrites.await();
        return Created.at(id);
    }

    @GetMapping
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.CENTRE_STAFF, Roles.AUDITOR})
    @Operation(
            operationId = "listActivities",
            summary = "List activities by municipality, date range (held-on, else planned start) and status")
    Page<ActivityView> list(
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String municipalityCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) ActivityStatus status,
            @Valid Paging paging) {
        Set<String> codes = Caller.current().scopeFor(municipalityCode);
        return queries.list(new ActivityReadModel.Filter(codes, from, to, status), paging);
    }

    @GetMapping("/{id}")
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.CENTRE_STAFF, Roles.AUDITOR})
    @Operation(
            operationId = "getActivity",
            summary = "Get one activity; the ETag is its version, for If-Match on later writes")
    ResponseEntity<ActivityView> get(@PathVariable UUID id) {
        ActivityView view = find(id);
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }

    @PostMapping("/{id}/logbook")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.CENTRE_STAFF})
    @Operation(
            operationId = "recordLogbook",
            summary = "Record the logbook of a held activity: date and three staff estimates")
    ResponseEntity<LogbookResponse> recordLogbook(
            @PathVariable UUID id,
            @Parameter(description = "Optional: the ETag of the activity as last read")
                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch,
            @Valid @RequestBody LogbookRequest request) {
        requireActivityInScope(id);
        commands.sendAndWait(new RecordLogbook(
                new ActivityId(id),
                request.heldOn(),
                request.participants(),
                request.newParticipants(),
                request.formerlyHomeless(),
                ETags.version(ifMatch)));
        readYourWrites.await();
        return ResponseEntity.created(URI.create("/api/v1/activities/" + id + "/logbook"))
                .body(LogbookResponse.of(id, request, null));
    }

    @PutMapping("/{id}/logbook")
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.CENTRE_STAFF})
    @Operation(
            operationId = "correctLogbook",
            summary = "Correct the logbook of a held activity; the reason is mandatory, the original stays in history")
    LogbookResponse correctLogbook(
            @PathVariable UUID id,
            @Parameter(description = "Optional: the ETag of the activity as last read")
                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch,
            @Valid @RequestBody LogbookCorrectionRequest request) {
        requireActivityInScope(id);
        commands.sendAndWait(new CorrectLogbook(
                new ActivityId(id),
                request.heldOn(),
                request.participants(),
                request.newParticipants(),
                request.formerlyHomeless(),
                request.reason(),
                ETags.version(ifMatch)));
        readYourWrites.await();
        return LogbookResponse.of(
                id,
                new LogbookRequest(
                        request.heldOn(),
                        request.participants(),
                        request.newParticipants(),
                        request.formerlyHomeless()),
                request.reason());
    }

    @GetMapping("/{id}/logbook")
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.CENTRE_STAFF, Roles.AUDITOR})
    @Operation(
            operationId = "getLogbook",
            summary = "The current logbook of an activity and its full history of corrections")
    LogbookHistoryResponse logbook(@PathVariable UUID id) {
        ActivityView view = find(id);
        if (view.logbook() == null) {
            throw new NotFound("The activity has no logbook yet.");
        }
        return new LogbookHistoryResponse(id, view.logbook(), queries.logbookHistory(id));
    }

    @PostMapping("/{id}/cancellation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.CENTRE_STAFF})
    @Operation(operationId = "cancelActivity", summary = "Cancel a planned activity, with a reason")
    ResponseEntity<Void> cancel(
            @PathVariable UUID id,
            @Parameter(description = "Optional: the ETag of the activity as last read")
                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch,
            @Valid @RequestBody CancellationRequest request) {
        requireActivityInScope(id);
        commands.sendAndWait(new CancelActivity(new ActivityId(id), request.reason(), ETags.version(ifMatch)));
        readYourWrites.await();
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/evaluation-link")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.CENTRE_STAFF})
    @Operation(
            operationId = "issueEvaluationLink",
            summary = "Give the activity a new public evaluation link (evaluationLink); the one before stops working")
    ResponseEntity<Void> issueEvaluationLink(@PathVariable UUID id) {
        requireActivityInScope(id);
        commands.sendAndWait(new IssueEvaluationLink(new ActivityId(id)));
        readYourWrites.await();
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/evaluations")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.CENTRE_STAFF})
    @Operation(operationId = "submitEvaluation", summary = "Add an anonymous participant evaluation to a held activity")
    ResponseEntity<Created> evaluate(@PathVariable UUID id, @Valid @RequestBody EvaluationRequest request) {
        requireActivityInScope(id);
        UUID evaluationId = UUID.randomUUID();
        commands.sendAndWait(new SubmitEvaluation(
                new ActivityId(id),
                evaluationId,
                request.heardVia() == null ? Set.of() : Set.copyOf(request.heardVia()),
                request.wouldJoinAgain()));
        readYourWrites.await();
        return Created.at(evaluationId);
    }

    @GetMapping("/{id}/evaluations/{evaluationId}")
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.CENTRE_STAFF, Roles.AUDITOR})
    @Operation(operationId = "getEvaluation", summary = "Get one participant evaluation")
    EvaluationView evaluation(@PathVariable UUID id, @PathVariable UUID evaluationId) {
        find(id);
        return queries.evaluation(id, evaluationId).orElseThrow(() -> new NotFound("No such evaluation."));
    }

    private ActivityView find(UUID id) {
        ActivityView view = queries.find(id).orElseThrow(() -> new NotFound("No such activity."));
        Caller.current().requireSees(view.municipalityCode(), "activity");
        return view;
    }

    /** An activity in another municipality does not exist for the caller. */
    private void requireActivityInScope(UUID id) {
        activities
                .find(new ActivityId(id))
                .filter(activity -> Caller.current().sees(activity.municipalityCode()))
                .orElseThrow(() -> new NotFound("No such activity."));
    }

    record PlanActivityRequest(
            @Schema(example = "3f1c2a9e-6a55-4d5e-9d57-0c6f2b1f7a10") @NotNull UUID centreId,
            @Schema(example = "Fisketur") @NotBlank @Size(max = Bounds.MAX_NAME) String title,
            @Schema(example = "OUTDOOR") @NotNull Category category,
            @Schema(example = "OFF_SITE") @NotNull Setting setting,
            @Schema(example = "2025-05-01T10:00:00+02:00") @NotNull OffsetDateTime startsAt,
            @Schema(example = "Fishing at the harbour; rods and coffee provided") @Size(max = Bounds.MAX_LONG_TEXT)
                    String description,
            @Schema(example = "25.00")
                    @DecimalMin("0")
                    @DecimalMax(Bounds.MAX_AMOUNT)
                    @Digits(integer = Bounds.AMOUNT_INTEGER_DIGITS, fraction = Bounds.AMOUNT_DECIMALS)
                    BigDecimal costPerParticipant,
            @Schema(example = "The centre's minibus from 9:30") @Size(max = PlanActivity.MAX_TRANSPORT)
                    String transport,
            @Schema(example = "Level path; benches along the pier") @Size(max = Bounds.MAX_TEXT)
                    String accessibilityNotes) {}

    record LogbookRequest(
            @Schema(example = "2025-05-01") @NotNull @PastOrPresent LocalDate heldOn,
            @Schema(example = "18") @NotNull @Min(0) @Max(Bounds.MAX_COUNT) Integer participants,
            @Schema(example = "5") @NotNull @Min(0) @Max(Bounds.MAX_COUNT) Integer newParticipants,
            @Schema(example = "9") @NotNull @Min(0) @Max(Bounds.MAX_COUNT) Integer formerlyHomeless) {}

    record LogbookCorrectionRequest(
            @Schema(example = "2025-05-01") @NotNull @PastOrPresent LocalDate heldOn,
            @Schema(example = "19") @NotNull @Min(0) @Max(Bounds.MAX_COUNT) Integer participants,
            @Schema(example = "5") @NotNull @Min(0) @Max(Bounds.MAX_COUNT) Integer newParticipants,
            @Schema(example = "9") @NotNull @Min(0) @Max(Bounds.MAX_COUNT) Integer formerlyHomeless,
            @Schema(example = "One participant arrived late and was not counted") @NotBlank @Size(max = Bounds.MAX_TEXT)
                    String reason) {}

    record CancellationRequest(
            @Schema(example = "Storm warning; the boat stays in port") @NotBlank @Size(max = Bounds.MAX_TEXT)
                    String reason) {}

    record EvaluationRequest(
            @ArraySchema(arraySchema = @Schema(example = "[\"CENTRE\", \"FRIEND\"]")) @Size(max = 5)
                    List<@NotNull HeardVia> heardVia,
            @Schema(example = "true", description = "null when the participant left the question unanswered")
                    Boolean wouldJoinAgain) {}

    record LogbookResponse(
            @Schema(example = "3f1c2a9e-6a55-4d5e-9d57-0c6f2b1f7a10") UUID activityId,
            @Schema(example = "2025-05-01") LocalDate heldOn,
            @Schema(example = "18") int participants,
            @Schema(example = "5") int newParticipants,
            @Schema(example = "9") int formerlyHomeless,
            @Schema(
                            example = "One participant arrived late and was not counted",
                            description = "the correction's reason; null for the original")
                    @Nullable
                    String reason) {

        static LogbookResponse of(UUID id, LogbookRequest request, String reason) {
            return new LogbookResponse(
                    id,
                    request.heldOn(),
                    request.participants(),
                    request.newParticipants(),
                    request.formerlyHomeless(),
                    reason);
        }
    }

    record LogbookHistoryResponse(
            @Schema(example = "3f1c2a9e-6a55-4d5e-9d57-0c6f2b1f7a10") UUID activityId,
            ActivityView.Logbook current,
            List<LogbookVersion> history) {}
}
