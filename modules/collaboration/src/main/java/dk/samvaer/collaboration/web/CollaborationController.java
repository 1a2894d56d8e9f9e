package dk.samvaer.collaboration.web;

import dk.samvaer.collaboration.api.AddMemberSeat;
import dk.samvaer.collaboration.api.AssessmentSubject;
import dk.samvaer.collaboration.api.BestPractice;
import dk.samvaer.collaboration.api.CancelMeeting;
import dk.samvaer.collaboration.api.CompleteFollowUp;
import dk.samvaer.collaboration.api.CreateCollaborationGroup;
import dk.samvaer.collaboration.api.EraseMemberDisplayName;
import dk.samvaer.collaboration.api.FollowUp;
import dk.samvaer.collaboration.api.GroupDirectory;
import dk.samvaer.collaboration.api.GroupId;
import dk.samvaer.collaboration.api.HoldMeeting;
import dk.samvaer.collaboration.api.Level;
import dk.samvaer.collaboration.api.MeetingDirectory;
import dk.samvaer.collaboration.api.MeetingId;
import dk.samvaer.collaboration.api.NetworkMeetingId;
import dk.samvaer.collaboration.api.OrganisationType;
import dk.samvaer.collaboration.api.PracticeAssessment;
import dk.samvaer.collaboration.api.PracticeStatus;
import dk.samvaer.collaboration.api.RecordNetworkMeeting;
import dk.samvaer.collaboration.api.RecordSelfAssessment;
import dk.samvaer.collaboration.api.ScheduleMeeting;
import dk.samvaer.collaboration.api.Seat;
import dk.samvaer.collaboration.query.CollaborationQueries;
import dk.samvaer.collaboration.query.CollaborationViews.GroupView;
import dk.samvaer.collaboration.query.CollaborationViews.MeetingView;
import dk.samvaer.collaboration.query.CollaborationViews.NetworkMeetingView;
import dk.samvaer.collaboration.query.CollaborationViews.SelfAssessmentView;
import dk.samvaer.collaboration.query.DisplayNames;
import dk.samvaer.kernel.Bounds;
import dk.samvaer.kernel.Denmark;
import dk.samvaer.kernel.NotFound;
import dk.samvaer.kernel.Page;
import dk.samvaer.kernel.Paging;
import dk.samvaer.kernel.readmodel.ReadYourWrites;
import dk.samvaer.kernel.security.Caller;
import dk.samvaer.kernel.security.Roles;
import dk.samvaer.kernel.web.Created;
import dk.samvaer.programme.api.CentreId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.Nullable;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Collaboration groups with their seats and meetings, network meetings, and best-practice self-assessments. */
@RestController
@RequestMapping("/api/v1")
@Tag(
        name = "Collaboration",
        description = "Cross-sector collaboration groups, meetings, network meetings, self-assessments")
class CollaborationController {

    /** Denmark has 98 municipalities; a network meeting lists each at most once. */
    private final CommandGateway commands;

    private final CollaborationQueries queries;
    private final GroupDirectory groups;
    private final MeetingDirectory meetings;
    private final DisplayNames displayNames;
    private final TransactionTemplate transaction;
    private final ReadYourWrites readYourWrites;

    CollaborationController(
            CommandGateway commands,
            CollaborationQueries queries,
            GroupDirectory groups,
            MeetingDirectory meetings,
            DisplayNames displayNames,
            TransactionTemplate transaction,
            ReadYourWrites readYourWrites) {
        this.commands = commands;
        this.queries = queries;
        this.groups = groups;
        this.meetings = meetings;
        this.displayNames = displayNames;
        this.transaction = transaction;
        this.readYourWrites = readYourWrites;
    }

    @PostMapping("/collaboration-groups")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER})
    @Operation(
            operationId = "createCollaborationGroup",
            summary = "Set up a collaboration group in a municipality, at staff or leadership level")
    ResponseEntity<Created> createGroup(@Valid @RequestBody CreateGroupRequest request) {
        Caller.current().requireMayWriteIn(request.municipalityCode());
        GroupId id = GroupId.random();
        commands.sendAndWait(new CreateCollaborationGroup(id, request.municipalityCode(), request.level()));
        readYourWrites.await();
        return Created.at(id);
    }

    @GetMapping("/collaboration-groups")
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.AUDITOR})
    @Operation(
            operationId = "listCollaborationGroups",
            summary = "List collaboration groups, optionally of one municipality")
    Page<GroupView> listGroups(
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String municipalityCode, @Valid Paging paging) {
        return paging.of(queries.groups(Caller.current().scopeFor(municipalityCode)));
    }

    @GetMapping("/collaboration-groups/{id}")
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.AUDITOR})
    @Operation(
            operationId = "getCollaborationGroup",
            summary = "Get a collaboration group with its seats (display names only here)")
    GroupView group(@PathVariable UUID id) {
        requireGroup(id);
        return queries.group(id).orElseThrow(() -> new NotFound("No such collaboration group."));
    }

    @PostMapping("/collaboration-groups/{id}/members")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER})
    @Operation(
            operationId = "addGroupMember",
            summary =
                    "Add a seat: organisation type and role title; an optional display name is kept apart and erasable")
    ResponseEntity<Created> addSeat(@PathVariable UUID id, @Valid @RequestBody SeatRequest request) {
        requireGroup(id);
        UUID seatId = UUID.randomUUID();
        transaction.executeWithoutResult(status -> {
            commands.sendAndWait(
                    new AddMemberSeat(new GroupId(id), seatId, request.organisationType(), request.roleTitle()));
            if (request.displayName() != null && !request.displayName().isBlank()) {
                displayNames.keep(id, seatId, request.displayName().strip());
            }
        });
        readYourWrites.await();
        return ResponseEntity.created(URI.create("/api/v1/collaboration-groups/" + id + "/members/" + seatId))
                .body(new Created(seatId.toString()));
    }

    @DeleteMapping("/collaboration-groups/{id}/members/{seatId}/display-name")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER})
    @Operation(
            operationId = "eraseMemberDisplayName",
            summary = "Erase the display name of a seat (personal data); the seat stays")
    ResponseEntity<Void> eraseDisplayName(@PathVariable UUID id, @PathVariable UUID seatId) {
        requireGroup(id);
        transaction.executeWithoutResult(status -> {
            commands.sendAndWait(new EraseMemberDisplayName(new GroupId(id), seatId));
            displayNames.erase(seatId);
        });
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/collaboration-groups/{id}/meetings")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER})
    @Operation(
            operationId = "scheduleMeeting",
            summary = "Schedule a meeting: date, coordinator seat, purpose and agenda")
    ResponseEntity<Created> schedule(@PathVariable UUID id, @Valid @RequestBody ScheduleRequest request) {
        requireGroup(id);
        MeetingId meetingId = MeetingId.random();
        commands.sendAndWait(new ScheduleMeeting(
                meetingId,
                new GroupId(id),
                request.scheduledFor(),
                request.coordinator().seat(),
                request.purpose(),
                request.agenda()));
        readYourWrites.await();
        return Created.at(meetingId);
    }

    @GetMapping("/collaboration-groups/{id}/meetings")
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.AUDITOR})
    @Operation(operationId = "listMeetings", summary = "List the meetings of a group")
    Page<MeetingView> listMeetings(@PathVariable UUID id, @Valid Paging paging) {
        requireGroup(id);
        return paging.of(queries.meetings(id));
    }

    @GetMapping("/collaboration-groups/{id}/meetings/{meetingId}")
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.AUDITOR})
    @Operation(operationId = "getMeeting", summary = "Get a meeting with its agenda, decisions and follow-ups")
    MeetingView meeting(@PathVariable UUID id, @PathVariable UUID meetingId) {
        requireMeeting(id, meetingId);
        return queries.meeting(meetingId).orElseThrow(() -> new NotFound("No such meeting."));
    }

    @PostMapping("/collaboration-groups/{id}/meetings/{meetingId}/held")
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER})
    @Operation(
            operationId = "recordMeetingHeld",
            summary = "Record that a meeting was held: attending organisation types, decisions, follow-ups, next date")
    HeldResponse held(@PathVariable UUID id, @PathVariable UUID meetingId, @Valid @RequestBody HeldRequest request) {
        requireMeeting(id, meetingId);
        List<FollowUp> followUps = request.followUps() == null
                ? List.of()
                : request.followUps().stream()
                        .map(f -> new FollowUp(
                                UUID.randomUUID(), f.description(), f.owner().seat(), f.dueOn()))
                        .toList();
        commands.sendAndWait(new HoldMeeting(
                new MeetingId(meetingId),
                request.heldOn(),
                request.attendingOrganisationTypes(),
                request.decisions(),
                followUps,
                request.nextMeetingOn()));
        readYourWrites.await();
        return new HeldResponse(
                meetingId,
                followUps.stream()
                        .map(f -> new HeldResponse.FollowUpId(f.followUpId(), f.description()))
                        .toList());
    }

    @PostMapping("/collaboration-groups/{id}/meetings/{meetingId}/cancellation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER})
    @Operation(operationId = "cancelMeeting", summary = "Cancel a scheduled meeting, with a reason")
    ResponseEntity<Void> cancel(
            @PathVariable UUID id, @PathVariable UUID meetingId, @Valid @RequestBody ReasonRequest request) {
        requireMeeting(id, meetingId);
        commands.sendAndWait(new CancelMeeting(new MeetingId(meetingId), request.reason()));
        readYourWrites.await();
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/collaboration-groups/{id}/meetings/{meetingId}/follow-ups/{followUpId}/completion")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER})
    @Operation(operationId = "completeFollowUp", summary = "Mark a follow-up of a held meeting as completed")
    ResponseEntity<Void> completeFollowUp(
            @PathVariable UUID id,
            @PathVariable UUID meetingId,
            @PathVariable UUID followUpId,
            @Valid @RequestBody CompletionRequest request) {
        requireMeeting(id, meetingId);
        commands.sendAndWait(new CompleteFollowUp(new MeetingId(meetingId), followUpId, request.completedOn()));
        readYourWrites.await();
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/network-meetings")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed(Roles.PROGRAMME_ADMIN)
    @Operation(operationId = "recordNetworkMeeting", summary = "Record a network meeting across municipalities")
    ResponseEntity<Created> networkMeeting(@Valid @RequestBody NetworkMeetingRequest request) {
        NetworkMeetingId id = NetworkMeetingId.random();
        commands.sendAndWait(
                new RecordNetworkMeeting(id, request.heldOn(), request.purpose(), request.municipalityCodes()));
        readYourWrites.await();
        return ResponseEntity.created(URI.create("/api/v1/network-meetings")).body(new Created(id.toString()));
    }

    @GetMapping("/network-meetings")
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.AUDITOR})
    @Operation(
            operationId = "listNetworkMeetings",
            summary = "List the network meetings the caller's municipalities took part in")
    Page<NetworkMeetingView> networkMeetings(
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String municipalityCode, @Valid Paging paging) {
        return paging.of(queries.networkMeetings(Caller.current().scopeFor(municipalityCode)));
    }

    @PostMapping("/self-assessments")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER})
    @Operation(
            operationId = "recordSelfAssessment",
            summary = "Record a best-practice self-assessment of a municipality or one of its centres")
    ResponseEntity<Created> selfAssessment(@Valid @RequestBody SelfAssessmentRequest request) {
        Caller.current().requireMayWriteIn(request.municipalityCode());
        UUID id = UUID.randomUUID();
        Map<BestPractice, PracticeAssessment> practices = new EnumMap<>(BestPractice.class);
        request.practices()
                .forEach((practice, value) ->
                        practices.put(practice, new PracticeAssessment(value.status(), value.note())));
        commands.sendAndWait(new RecordSelfAssessment(
                new AssessmentSubject(
                        request.municipalityCode(),
                        request.centreId() == null ? null : new CentreId(request.centreId())),
                id,
                request.assessedOn(),
                practices));
        readYourWrites.await();
        return ResponseEntity.created(
                        URI.create("/api/v1/self-assessments?municipalityCode=" + request.municipalityCode()))
                .body(new Created(id.toString()));
    }

    @GetMapping("/self-assessments")
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.AUDITOR})
    @Operation(
            operationId = "listSelfAssessments",
            summary = "The self-assessments of a municipality (or one of its centres), newest first")
    Page<SelfAssessmentView> selfAssessments(
            @RequestParam @Pattern(regexp = "\\d{3}") String municipalityCode,
            @RequestParam(required = false) UUID centreId,
            @Valid Paging paging) {
        if (!Caller.current().sees(municipalityCode)) {
            return paging.empty();
        }
        return paging.of(queries.selfAssessments(municipalityCode, centreId));
    }

    private void requireGroup(UUID id) {
        String municipality = groups.find(new GroupId(id))
                .orElseThrow(() -> new NotFound("No such collaboration group."))
                .municipalityCode();
        Caller.current().requireSees(municipality, "collaboration group");
    }

    private void requireMeeting(UUID groupId, UUID meetingId) {
        requireGroup(groupId);
        meetings.find(new MeetingId(meetingId))
                .filter(meeting -> meeting.groupId().value().equals(groupId))
                .orElseThrow(() -> new NotFound("No such meeting of this group."));
    }

    record CreateGroupRequest(
            @Schema(example = "621") @NotBlank @Pattern(regexp = "\\d{3}") String municipalityCode,
            @Schema(example = "STAFF") @NotNull Level level) {}

    record SeatRequest(
            @Schema(example = "SECTION_99") @NotNull OrganisationType organisationType,
            @Schema(example = "Gadeplansmedarbejder") @NotBlank @Size(max = Bounds.MAX_NAME) String roleTitle,
            @Schema(example = "Mette", description = "optional personal data; kept apart from history and erasable")
                    @Size(max = Bounds.MAX_NAME)
                    String displayName) {}

    record SeatReference(
            @Schema(example = "DROP_IN_CENTRE") @NotNull OrganisationType organisationType,
            @Schema(example = "Medarbejder på værestedet") @Size(max = Bounds.MAX_NAME) @Nullable String roleTitle) {
        Seat seat() {
            return new Seat(organisationType, roleTitle);
        }
    }

    record ScheduleRequest(
            @Schema(example = "2025-03-04") @NotNull LocalDate scheduledFor,
            @NotNull @Valid SeatReference coordinator,
            @Schema(example = "Agree how § 99 workers escort new users to the centre")
                    @NotBlank
                    @Size(max = Bounds.MAX_TEXT)
                    String purpose,
            @ArraySchema(arraySchema = @Schema(example = "[\"Welcome\", \"Escort routines\", \"Next activities\"]"))
                    @Size(max = Bounds.MAX_ITEMS)
                    List<@NotBlank @Size(max = Bounds.MAX_TEXT) String> agenda) {}

    record FollowUpRequest(
            @Schema(example = "Send the activity poster to the shelter staff") @NotBlank @Size(max = Bounds.MAX_TEXT)
                    String description,
            @NotNull @Valid SeatReference owner,
            @Schema(example = "2025-04-01") @NotNull LocalDate dueOn) {}

    record HeldRequest(
            @Schema(example = "2025-03-04") @NotNull @PastOrPresent LocalDate heldOn,
            @ArraySchema(arraySchema = @Schema(example = "[\"DROP_IN_CENTRE\", \"SECTION_99\"]"))
                    Set<OrganisationType> attendingOrganisationTypes,
            @ArraySchema(arraySchema = @Schema(example = "[\"The centre is named in every move-in plan\"]"))
                    @Size(max = Bounds.MAX_ITEMS)
                    List<@NotBlank @Size(max = Bounds.MAX_TEXT) String> decisions,
            @Size(max = Bounds.MAX_ITEMS) List<@Valid FollowUpRequest> followUps,
            @Schema(example = "2025-05-06") LocalDate nextMeetingOn) {}

    record HeldResponse(
            @Schema(example = "8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d") UUID meetingId, List<FollowUpId> followUps) {

        /** The id given to a follow-up, to complete it later. */
        record FollowUpId(
                @Schema(example = "1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b") UUID id,
                @Schema(example = "Send the activity poster to the shelter staff") String description) {}
    }

    @Schema(name = "MeetingCancellationRequest")
    record ReasonRequest(
            @Schema(example = "Too few could attend") @NotBlank @Size(max = Bounds.MAX_TEXT) String reason) {}

    record CompletionRequest(@Schema(example = "2025-03-20") @NotNull @PastOrPresent LocalDate completedOn) {}

    record NetworkMeetingRequest(
            @Schema(example = "2025-06-10") @NotNull @PastOrPresent LocalDate heldOn,
            @Schema(example = "Sharing experience with escort and the good welcome")
                    @NotBlank
                    @Size(max = Bounds.MAX_TEXT)
                    String purpose,
            @ArraySchema(arraySchema = @Schema(example = "[\"621\", \"510\", \"370\"]"))
                    @NotEmpty
                    @Size(min = 2, max = Denmark.MUNICIPALITIES)
                    List<@Pattern(regexp = "\\d{3}") String> municipalityCodes) {}

    record PracticeRequest(
            @Schema(example = "DO_MORE") @NotNull PracticeStatus status,
            @Schema(example = "Posters reach the shelter, not yet the housing-support team")
                    @Size(max = Bounds.MAX_TEXT)
                    String note) {}

    record SelfAssessmentRequest(
            @Schema(example = "621") @NotBlank @Pattern(regexp = "\\d{3}") String municipalityCode,
            @Schema(
                            example = "6fef8f7d-14c1-3cb2-a563-ba4867e368bb",
                            description = "optional: a centre assessing itself")
                    UUID centreId,
            @Schema(example = "2025-09-01") @NotNull @PastOrPresent LocalDate assessedOn,
            @NotNull Map<BestPractice, @Valid @NotNull PracticeRequest> practices) {}
}
