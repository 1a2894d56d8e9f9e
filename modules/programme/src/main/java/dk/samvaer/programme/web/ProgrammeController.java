package dk.samvaer.programme.web;

import dk.samvaer.kernel.Bounds;
import dk.samvaer.kernel.NotFound;
import dk.samvaer.kernel.Page;
import dk.samvaer.kernel.Paging;
import dk.samvaer.kernel.readmodel.ReadYourWrites;
import dk.samvaer.kernel.security.Caller;
import dk.samvaer.kernel.security.Roles;
import dk.samvaer.kernel.web.Created;
import dk.samvaer.programme.api.Arm;
import dk.samvaer.programme.api.CentreDirectory;
import dk.samvaer.programme.api.CentreDirectory.CentreSummary;
import dk.samvaer.programme.api.CentreId;
import dk.samvaer.programme.api.CreateProjectYear;
import dk.samvaer.programme.api.EnrolMunicipality;
import dk.samvaer.programme.api.Enrolment;
import dk.samvaer.programme.api.Municipalities;
import dk.samvaer.programme.api.Municipality;
import dk.samvaer.programme.api.ProjectYearId;
import dk.samvaer.programme.api.RegisterCentre;
import dk.samvaer.programme.query.ProgrammeQueries;
import dk.samvaer.programme.query.ProgrammeQueries.ProjectYearView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
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

/** Municipalities, drop-in centres and project years. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Programme", description = "Municipalities, drop-in centres and project years with their arms")
class ProgrammeController {

    private final CommandGateway commands;
    private final ProgrammeQueries queries;
    private final CentreDirectory centres;
    private final Municipalities municipalities;
    private final ReadYourWrites readYourWrites;

    ProgrammeController(
            CommandGateway commands,
            ProgrammeQueries queries,
            CentreDirectory centres,
            Municipalities municipalities,
            ReadYourWrites readYourWrites) {
        this.commands = commands;
        this.readYourWrites = readYourWrites;
        this.queries = queries;
        this.centres = centres;
        this.municipalities = municipalities;
    }

    @GetMapping("/municipalities")
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.CENTRE_STAFF, Roles.AUDITOR})
    @Operation(
            operationId = "listMunicipalities",
            summary = "List the 98 Danish municipalities with their official codes and regions")
    Page<Municipality> municipalities(@Valid Paging paging) {
        return paging.of(municipalities.all());
    }

    @PostMapping("/centres")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER})
    @Operation(operationId = "registerCentre", summary = "Register a drop-in centre in a municipality")
    ResponseEntity<Created> registerCentre(@Valid @RequestBody RegisterCentreRequest request) {
        Caller.current().requireMayWriteIn(request.municipalityCode());
        CentreId id = CentreId.random();
        commands.sendAndWait(new RegisterCentre(id, request.municipalityCode(), request.name()));
        readYourWrites.await();
        return Created.at(id);
    }

    @GetMapping("/centres")
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.CENTRE_STAFF, Roles.AUDITOR})
    @Operation(operationId = "listCentres", summary = "List drop-in centres, optionally of one municipality")
    Page<CentreResponse> centres(
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String municipalityCode, @Valid Paging paging) {
        return queries.centres(Caller.current().scopeFor(municipalityCode), paging)
                .map(this::toResponse);
    }

    @GetMapping("/centres/{id}")
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.CENTRE_STAFF, Roles.AUDITOR})
    @Operation(operationId = "getCentre", summary = "Get one drop-in centre")
    CentreResponse centre(@PathVariable UUID id) {
        CentreSummary centre = centres.find(new CentreId(id)).orElseThrow(() -> new NotFound("No such centre."));
        Caller.current().requireSees(centre.municipalityCode(), "centre");
        return toResponse(centre);
    }

    @PostMapping("/project-years")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed(Roles.PROGRAMME_ADMIN)
    @Operation(
            operationId = "createProjectYear",
            summary = "Create a project year with its municipalities and their arms")
    ResponseEntity<Created> createProjectYear(@Valid @RequestBody CreateProjectYearRequest request) {
        List<Enrolment> enrolments = request.municipalities().stream()
                .map(m -> new Enrolment(m.municipalityCode(), m.arm()))
                .toList();
        commands.sendAndWait(new CreateProjectYear(new ProjectYearId(request.year()), enrolments));
        readYourWrites.await();
        return Created.at(request.year(), "/api/v1/project-years/" + request.year());
    }

    @PostMapping("/project-years/{year}/municipalities")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RolesAllowed(Roles.PROGRAMME_ADMIN)
    @Operation(operationId = "enrolMunicipality", summary = "Enrol one more municipality in an existing project year")
    ResponseEntity<Void> enrol(@PathVariable int year, @Valid @RequestBody EnrolmentRequest request) {
        commands.sendAndWait(new EnrolMunicipality(
                new ProjectYearId(year), new Enrolment(request.municipalityCode(), request.arm())));
        readYourWrites.await();
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/project-years")
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.CENTRE_STAFF, Roles.AUDITOR})
    @Operation(operationId = "listProjectYears", summary = "List the project years")
    Page<ProjectYearResponse> projectYears(@Valid Paging paging) {
        return paging.of(queries.projectYears()).map(this::toResponse);
    }

    @GetMapping("/project-years/{year}")
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.CENTRE_STAFF, Roles.AUDITOR})
    @Operation(operationId = "getProjectYear", summary = "Get a project year with its municipalities and their arms")
    ProjectYearResponse projectYear(@PathVariable int year) {
        return queries.projectYear(year)
                .map(this::toResponse)
                .orElseThrow(() -> new NotFound("No project year " + year + "."));
    }

    private CentreResponse toResponse(CentreSummary centre) {
        return new CentreResponse(
                centre.centreId().toString(),
                centre.municipalityCode(),
                municipalities.nameOf(centre.municipalityCode()),
                centre.name());
    }

    private ProjectYearResponse toResponse(ProjectYearView view) {
        return new ProjectYearResponse(
                view.year(),
                view.enrolments().stream()
                        .filter(e -> Caller.current().sees(e.municipalityCode()))
                        .map(e -> new EnrolmentResponse(
                                e.municipalityCode(), municipalities.nameOf(e.municipalityCode()), e.arm()))
                        .toList());
    }

    record RegisterCentreRequest(
            @Schema(example = "621")
                    @NotBlank
                    @Pattern(regexp = "\\d{3}", message = "must be a three-digit municipality code")
                    String municipalityCode,
            @Schema(example = "Værestedet Kolding") @NotBlank @Size(max = Bounds.MAX_NAME) String name) {}

    record CreateProjectYearRequest(
            @Schema(example = "2025") @NotNull @Min(Bounds.FIRST_YEAR) @Max(Bounds.LAST_YEAR) Integer year,
            @NotNull @NotEmpty @Valid List<EnrolmentRequest> municipalities) {}

    record EnrolmentRequest(
            @Schema(example = "621")
                    @NotBlank
                    @Pattern(regexp = "\\d{3}", message = "must be a three-digit municipality code")
                    String municipalityCode,
            @Schema(example = "TEST") @NotNull Arm arm) {}

    record CentreResponse(
            @Schema(example = "3f1c2a9e-6a55-4d5e-9d57-0c6f2b1f7a10") String id,
            @Schema(example = "621") String municipalityCode,
            @Schema(example = "Kolding") String municipalityName,
            @Schema(example = "Værestedet Kolding") String name) {}

    record ProjectYearResponse(@Schema(example = "2025") int year, List<EnrolmentResponse> municipalities) {}

    record EnrolmentResponse(
            @Schema(example = "621") String municipalityCode,
            @Schema(example = "Kolding") String municipalityName,
            @Schema(example = "TEST") Arm arm) {}
}
