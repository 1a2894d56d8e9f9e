package dk.samvaer.buddies.web;

import dk.samvaer.activities.api.ActivityId;
import dk.samvaer.activities.api.HeardVia;
import dk.samvaer.buddies.api.AssignBuddyTask;
import dk.samvaer.buddies.api.BuddyDirectory;
import dk.samvaer.buddies.api.BuddyEnrolled;
import dk.samvaer.buddies.api.BuddyId;
import dk.samvaer.buddies.api.BuddyStatus;
import dk.samvaer.buddies.api.BuddyTask;
import dk.samvaer.buddies.api.CompleteBuddyCourse;
import dk.samvaer.buddies.api.EnrolBuddy;
import dk.samvaer.buddies.api.PauseBuddy;
import dk.samvaer.buddies.api.RecordStaffWelcome;
import dk.samvaer.buddies.api.RecordSupervision;
import dk.samvaer.buddies.api.ResumeBuddy;
import dk.samvaer.buddies.api.RetireBuddy;
import dk.samvaer.buddies.api.WelcomeId;
import dk.samvaer.buddies.api.WelcomeNewUser;
import dk.samvaer.buddies.query.BuddyQueries;
import dk.samvaer.buddies.query.BuddyQueries.BuddyView;
import dk.samvaer.buddies.query.BuddyQueries.WelcomeView;
import dk.samvaer.kernel.Bounds;
import dk.samvaer.kernel.NotFound;
import dk.samvaer.kernel.Page;
import dk.samvaer.kernel.Paging;
import dk.samvaer.kernel.UnknownReference;
import dk.samvaer.kernel.readmodel.ReadYourWrites;
import dk.samvaer.kernel.security.Caller;
import dk.samvaer.kernel.security.Roles;
import dk.samvaer.kernel.web.Created;
import dk.samvaer.programme.api.CentreDirectory;
import dk.samvaer.programme.api.CentreId;
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
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The buddy scheme: buddies with their course, tasks, supervision and status, and the welcomes of new users. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Buddies", description = "Buddy scheme: buddies, course, tasks, supervision, welcomes")
class BuddyController {

    private final CommandGateway commands;
    private final BuddyQueries queries;
    private final BuddyDirectory buddies;
    private final CentreDirectory centres;
    private final ReadYourWrites readYourWrites;

    BuddyController(
            CommandGateway commands,
            BuddyQueries queries,
            BuddyDirectory buddies,
            CentreDirectory centres,
            ReadYourWrites readYourWrites) {
        this.commands = commands;
        this.queries = queries;
        this.buddies = buddies;
        this.centres = centres;
        this.readYourWrites = readYourWrites;
    }

    @PostMapping("/buddies")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.CENTRE_STAFF})
    @Operation(
            operationId = "enrolBuddy",
            summary = "Enrol a current centre user as a buddy, by a pseudonymous handle chosen by staff")
    ResponseEntity<Created> enrol(@Valid @RequestBody EnrolRequest request) {
        centres.requireVisible(new CentreId(request.centreId()));
        BuddyId id = BuddyId.random();
        commands.sendAndWait(new EnrolBuddy(id, new CentreId(request.centreId()), request.handle()));
        readYourWrites.await();
        return Created.at(id);
    }

    @GetMapping("/buddies")
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.CENTRE_STAFF, Roles.AUDITOR})
    @Operation(operationId = "listBuddies", summary = "List buddies by municipality, centre and status")
    Page<BuddyView> list(
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String municipalityCode,
            @RequestParam(required = false) UUID centreId,
            @RequestParam(required = false) BuddyStatus status,
            @Valid Paging paging) {
        return queries.buddies(Caller.current().scopeFor(municipalityCode), centreId, status, paging);
    }

    @GetMapping("/buddies/{id}")
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.CENTRE_STAFF, Roles.AUDITOR})
    @Operation(operationId = "getBuddy", summary = "Get one buddy")
    BuddyView get(@PathVariable UUID id) {
        BuddyView view = queries.buddy(id).orElseThrow(() -> new NotFound("No such buddy."));
        Caller.current().requireSees(view.municipalityCode(), "buddy");
        return view;
    }

    @PostMapping("/buddies/{id}/course-completion")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.CENTRE_STAFF})
    @Operation(
            operationId = "recordCourseCompletion",
            summary = "Record that the buddy completed the buddy course (3 hours in the programme)")
    ResponseEntity<Void> courseCompleted(@PathVariable UUID id, @Valid @RequestBody CourseRequest request) {
        requireBuddyInScope(id);
        commands.sendAndWait(new CompleteBuddyCourse(new BuddyId(id), request.completedOn(), request.hours()));
        return done();
    }

    @PostMapping("/buddies/{id}/tasks")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.CENTRE_STAFF})
    @Operation(operationId = "assignBuddyTask", summary = "Give a trained, active buddy a task")
    ResponseEntity<Void> assignTask(@PathVariable UUID id, @Valid @RequestBody TaskRequest request) {
        requireBuddyInScope(id);
        commands.sendAndWait(new AssignBuddyTask(new BuddyId(id), request.task()));
        return done();
    }

    @PostMapping("/buddies/{id}/supervisions")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.CENTRE_STAFF})
    @Operation(operationId = "recordSupervision", summary = "Record a supervision session of the buddy by staff")
    ResponseEntity<Created> supervision(@PathVariable UUID id, @Valid @RequestBody SupervisionRequest request) {
        requireBuddyInScope(id);
        UUID sessionId = UUID.randomUUID();
        commands.sendAndWait(new RecordSupervision(new BuddyId(id), sessionId, request.heldOn()));
        readYourWrites.await();
        return ResponseEntity.created(URI.create("/api/v1/buddies/" + id)).body(new Created(sessionId.toString()));
    }

    @PostMapping("/buddies/{id}/pause")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.CENTRE_STAFF})
    @Operation(operationId = "pauseBuddy", summary = "Pause an active buddy, with a reason")
    ResponseEntity<Void> pause(@PathVariable UUID id, @Valid @RequestBody ReasonRequest request) {
        requireBuddyInScope(id);
        commands.sendAndWait(new PauseBuddy(new BuddyId(id), request.reason()));
        return done();
    }

    @PostMapping("/buddies/{id}/resumption")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.CENTRE_STAFF})
    @Operation(operationId = "resumeBuddy", summary = "Resume a paused buddy")
    ResponseEntity<Void> resume(@PathVariable UUID id) {
        requireBuddyInScope(id);
        commands.sendAndWait(new ResumeBuddy(new BuddyId(id)));
        return done();
    }

    @PostMapping("/buddies/{id}/retirement")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.CENTRE_STAFF})
    @Operation(operationId = "retireBuddy", summary = "Retire a buddy; nothing more is recorded for them")
    ResponseEntity<Void> retire(@PathVariable UUID id, @Valid @RequestBody ReasonRequest request) {
        requireBuddyInScope(id);
        commands.sendAndWait(new RetireBuddy(new BuddyId(id), request.reason()));
        return done();
    }

    @PostMapping("/welcomes")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.CENTRE_STAFF})
    @Operation(
            operationId = "recordWelcome",
            summary = "Record that a buddy (or, without buddyId, a staff member) welcomed a new user at the centre")
    ResponseEntity<Created> welcome(@Valid @RequestBody WelcomeRequest request) {
        centres.requireVisible(new CentreId(request.centreId()));
        WelcomeId id = WelcomeId.random();
        ActivityId activity = request.activityId() == null ? null : new ActivityId(request.activityId());
        Set<HeardVia> heardVia = request.heardVia() == null ? Set.of() : Set.copyOf(request.heardVia());
        if (request.buddyId() == null) {
            commands.sendAndWait(new RecordStaffWelcome(
                    id, new CentreId(request.centreId()), request.welcomedOn(), heardVia, activity));
        } else {
            BuddyEnrolled buddy = buddies.find(new BuddyId(request.buddyId()))
                    .filter(b -> b.centreId().value().equals(request.centreId()))
                    .orElseThrow(
                            () -> new UnknownReference("buddyId", "No buddy with that id is enrolled at this centre."));
            commands.sendAndWait(new WelcomeNewUser(buddy.buddyId(), id, request.welcomedOn(), heardVia, activity));
        }
        readYourWrites.await();
        return ResponseEntity.created(URI.create("/api/v1/welcomes?centreId=" + request.centreId()))
                .body(new Created(id.toString()));
    }

    @GetMapping("/welcomes")
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.CENTRE_STAFF, Roles.AUDITOR})
    @Operation(
            operationId = "listWelcomes",
            summary = "List welcomes of new users by municipality, centre and date range")
    Page<WelcomeView> welcomes(
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String municipalityCode,
            @RequestParam(required = false) UUID centreId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Valid Paging paging) {
        return queries.welcomes(Caller.current().scopeFor(municipalityCode), centreId, from, to, paging);
    }

    private ResponseEntity<Void> done() {
        readYourWrites.await();
        return ResponseEntity.noContent().build();
    }

    private void requireBuddyInScope(UUID id) {
        buddies.find(new BuddyId(id))
                .filter(buddy -> Caller.current().sees(buddy.municipalityCode()))
                .orElseThrow(() -> new NotFound("No such buddy."));
    }

    record EnrolRequest(
            @Schema(example = "6fef8f7d-14c1-3cb2-a563-ba4867e368bb") @NotNull UUID centreId,
            @Schema(example = "Ravnen", description = "a pseudonym: one word, never a real name or CPR number")
                    @NotBlank
                    @Size(max = EnrolBuddy.MAX_HANDLE)
                    String handle) {}

    record CourseRequest(
            @Schema(example = "2025-02-20") @NotNull @PastOrPresent LocalDate completedOn,
            @Schema(example = "3") @NotNull @Min(1) @Max(CompleteBuddyCourse.MAX_HOURS) Integer hours) {}

    record TaskRequest(@Schema(example = "WELCOME_NEW_USERS") @NotNull BuddyTask task) {}

    record SupervisionRequest(@Schema(example = "2025-04-10") @NotNull @PastOrPresent LocalDate heldOn) {}

    @Schema(name = "BuddyStatusReasonRequest")
    record ReasonRequest(
            @Schema(example = "Needs a break over the summer") @NotBlank @Size(max = Bounds.MAX_TEXT) String reason) {}

    record WelcomeRequest(
            @Schema(example = "6fef8f7d-14c1-3cb2-a563-ba4867e368bb") @NotNull UUID centreId,
            @Schema(example = "4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b", description = "null when a staff member welcomed")
                    UUID buddyId,
            @Schema(example = "2025-05-02") @NotNull @PastOrPresent LocalDate welcomedOn,
            @ArraySchema(arraySchema = @Schema(example = "[\"FRIEND\"]")) @Size(max = 5)
                    List<@NotNull HeardVia> heardVia,
            @Schema(example = "9f034e16-a0a2-3e0c-a616-540b7d2aaf77", description = "optional: at this activity")
                    UUID activityId) {}
}
