package dk.samvaer.reporting.web;

import dk.samvaer.collaboration.api.BestPractice;
import dk.samvaer.kernel.Denmark;
import dk.samvaer.kernel.NotFound;
import dk.samvaer.kernel.security.Caller;
import dk.samvaer.kernel.security.Roles;
import dk.samvaer.kernel.web.Csv;
import dk.samvaer.reporting.api.BuddyReport;
import dk.samvaer.reporting.api.CollaborationReport;
import dk.samvaer.reporting.api.SelfAssessmentReport;
import dk.samvaer.reporting.api.StrandsReport;
import dk.samvaer.reporting.disclosure.Cells;
import dk.samvaer.reporting.query.ReportQueries;
import dk.samvaer.reporting.query.StrandQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reports on the collaboration and buddy strands. JSON by default, CSV for {@code Accept: text/csv}. */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "Project-year figures; JSON by default, CSV for Accept: text/csv")
@RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.CENTRE_STAFF, Roles.AUDITOR})
class StrandReportController {

    /** A centre's buddy figures whose JSON names are their CSV columns. */
    private static final String[] BUDDY_FIELDS = {
        "municipalityCode",
        "centreId",
        "centreName",
        "activeBuddies",
        "buddiesTrained",
        "supervisionSessions",
        "welcomes",
        "welcomesByBuddies",
        "welcomesByStaff"
    };

    /** Those, then the twelve months' welcomes (JSON: a list from January; CSV: welcomesMonth1 to 12). */
    private static final String[] BUDDY_FIGURES = Stream.concat(
                    Arrays.stream(BUDDY_FIELDS), IntStream.range(0, 12).mapToObj(month -> "welcomesPerMonth/" + month))
            .toArray(String[]::new);

    private final StrandQueries strands;
    private final ReportQueries reports;
    private final Publication publication;

    StrandReportController(StrandQueries strands, ReportQueries reports, Publication publication) {
        this.strands = strands;
        this.reports = reports;
        this.publication = publication;
    }

    @GetMapping(value = "/project-years/{year}/strands", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "getStrandReport",
            summary = "Table 1: per municipality its arm, collaboration meetings held, network meetings attended,"
                    + " buddy course and buddies trained, and the activities held with their titles")
    StrandsReport strands(
            @PathVariable int year,
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String municipalityCode,
            @Valid SmallNumbers smallNumbers) {
        requireYear(year);
        return publication.publish(strands.strands(year, Caller.current().scopeFor(municipalityCode)), smallNumbers);
    }

    @GetMapping(value = "/project-years/{year}/strands", produces = Csv.MEDIA_TYPE)
    @Operation(
            operationId = "getStrandReport",
            summary = "Table 1 as CSV, one row per municipality; activity titles separated by '; '")
    ResponseEntity<String> strandsCsv(
            @PathVariable int year,
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String municipalityCode,
            @Valid SmallNumbers smallNumbers) {
        Csv csv = Csv.withHeader(
                "year",
                "municipalityCode",
                "municipalityName",
                "arm",
                "collaborationMeetingsHeld",
                "networkMeetingsAttended",
                "buddyCourseHeld",
                "buddiesTrained",
                "activitiesHeld",
                "activityTitles");
        StrandsReport report = strands(year, municipalityCode, smallNumbers);
        Cells cells = Cells.of(report);
        for (int i = 0; i < report.municipalities().size(); i++) {
            StrandsReport.MunicipalityStrands m = report.municipalities().get(i);
            Object[] row = cells.row(year)
                    .from(
                            "/municipalities/" + i,
                            "municipalityCode",
                            "municipalityName",
                            "arm",
                            "collaborationMeetingsHeld",
                            "networkMeetingsAttended",
                            "buddyCourseHeld",
                            "buddiesTrained",
                            "activitiesHeld",
                            null);
            row[row.length - 1] = String.join("; ", m.activityTitles());
            csv.row(row);
        }
        return csv(csv);
    }

    @GetMapping(value = "/project-years/{year}/collaboration", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "getCollaborationReport",
            summary = "Collaboration meetings planned vs held, and follow-ups completed, open and overdue")
    CollaborationReport collaboration(
            @PathVariable int year,
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String municipalityCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        requireYear(year);
        return strands.collaboration(
                year, Caller.current().scopeFor(municipalityCode), asOf == null ? LocalDate.now(Denmark.ZONE) : asOf);
    }

    @GetMapping(value = "/project-years/{year}/collaboration", produces = Csv.MEDIA_TYPE)
    @Operation(
            operationId = "getCollaborationReport",
            summary = "Collaboration figures as CSV, one row per municipality")
    ResponseEntity<String> collaborationCsv(
            @PathVariable int year,
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String municipalityCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        CollaborationReport report = collaboration(year, municipalityCode, asOf);
        Csv csv = Csv.withHeader(
                "year",
                "asOf",
                "municipalityCode",
                "municipalityName",
                "arm",
                "meetingsPlanned",
                "meetingsHeld",
                "meetingsCancelled",
                "followUpsCompleted",
                "followUpsOpen",
                "followUpsOverdue");
        report.municipalities()
                .forEach(m -> csv.row(
                        year,
                        report.asOf(),
                        m.municipalityCode(),
                        m.municipalityName(),
                        m.arm(),
                        m.meetingsPlanned(),
                        m.meetingsHeld(),
                        m.meetingsCancelled(),
                        m.followUpsCompleted(),
                        m.followUpsOpen(),
                        m.followUpsOverdue()));
        return csv(csv);
    }

    @GetMapping(value = "/project-years/{year}/buddies", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "getBuddyReport",
            summary = "Buddy figures per centre: active buddies, trained, supervision sessions, welcomes per month")
    BuddyReport buddies(
            @PathVariable int year,
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String municipalityCode,
            @Valid SmallNumbers smallNumbers) {
        requireYear(year);
        return publication.publish(strands.buddies(year, Caller.current().scopeFor(municipalityCode)), smallNumbers);
    }

    @GetMapping(value = "/project-years/{year}/buddies", produces = Csv.MEDIA_TYPE)
    @Operation(
            operationId = "getBuddyReport",
            summary = "Buddy figures as CSV, one row per centre, welcomes in twelve monthly columns")
    ResponseEntity<String> buddiesCsv(
            @PathVariable int year,
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String municipalityCode,
            @Valid SmallNumbers smallNumbers) {
        List<String> header = new ArrayList<>(List.of(Cells.header(List.of("year"), BUDDY_FIELDS)));
        for (int month = 1; month <= 12; month++) {
            header.add("welcomesMonth" + month);
        }
        Csv csv = Csv.withHeader(header.toArray(String[]::new));
        BuddyReport report = buddies(year, municipalityCode, smallNumbers);
        Cells cells = Cells.of(report);
        for (int i = 0; i < report.centres().size(); i++) {
            csv.row(cells.row(year).from("/centres/" + i, BUDDY_FIGURES));
        }
        return csv(csv);
    }

    @GetMapping(value = "/self-assessments", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "getSelfAssessmentReport",
            summary = "The latest best-practice self-assessment of each municipality and centre, and its changes")
    SelfAssessmentReport selfAssessments(
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String municipalityCode) {
        return strands.selfAssessments(Caller.current().scopeFor(municipalityCode));
    }

    @GetMapping(value = "/self-assessments", produces = Csv.MEDIA_TYPE)
    @Operation(
            operationId = "getSelfAssessmentReport",
            summary = "Latest self-assessments as CSV, one row per subject and practice, with the previous status")
    ResponseEntity<String> selfAssessmentsCsv(
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String municipalityCode) {
        Csv csv = Csv.withHeader(
                "municipalityCode",
                "municipalityName",
                "centreId",
                "assessedOn",
                "practice",
                "status",
                "previousAssessedOn",
                "previousStatus",
                "changed");
        for (SelfAssessmentReport.Subject subject :
                selfAssessments(municipalityCode).subjects()) {
            for (BestPractice practice : BestPractice.values()) {
                var change = subject.changes().stream()
                        .filter(c -> c.practice() == practice)
                        .findFirst();
                Object previous = subject.previousAssessedOn() == null
                        ? null
                        : change.map(c -> (Object) c.from())
                                .orElse(subject.practices().get(practice));
                csv.row(
                        subject.municipalityCode(),
                        subject.municipalityName(),
                        Objects.toString(subject.centreId(), ""),
                        subject.assessedOn(),
                        practice,
                        subject.practices().get(practice),
                        subject.previousAssessedOn(),
                        previous,
                        change.isPresent());
            }
        }
        return csv(csv);
    }

    private void requireYear(int year) {
        if (!reports.hasYear(year)) {
            throw new NotFound("No project year " + year + " and no activities held in it.");
        }
    }

    private static ResponseEntity<String> csv(Csv csv) {
        return ResponseEntity.ok().contentType(Csv.CONTENT_TYPE).body(csv.toString());
    }
}
