package dk.samvaer.reporting.web;

import dk.samvaer.kernel.security.Roles;
import dk.samvaer.kernel.web.Csv;
import dk.samvaer.kernel.web.Table;
import dk.samvaer.kernel.web.Xlsx;
import dk.samvaer.reporting.api.BuddyReport;
import dk.samvaer.reporting.api.CollaborationReport;
import dk.samvaer.reporting.api.ReportTables;
import dk.samvaer.reporting.api.Reports;
import dk.samvaer.reporting.api.SelfAssessmentReport;
import dk.samvaer.reporting.api.StrandsReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reports on the collaboration and buddy strands: JSON, CSV or an Excel workbook by {@code Accept}. */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = ReportController.TAG)
@RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.CENTRE_STAFF, Roles.AUDITOR})
class StrandReportController {

    private final Reports reports;

    StrandReportController(Reports reports) {
        this.reports = reports;
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
        return reports.strands(year, municipalityCode, smallNumbers.suppressBelow());
    }

    @GetMapping(
            value = "/project-years/{year}/strands",
            produces = {Csv.MEDIA_TYPE, Xlsx.MEDIA_TYPE})
    @Operation(
            operationId = "getStrandReport",
            summary =
                    "Table 1 as CSV or an Excel workbook, one row per municipality; activity titles separated by '; '")
    Table strandsTable(
            @PathVariable int year,
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String municipalityCode,
            @Valid SmallNumbers smallNumbers) {
        return ReportTables.strands(strands(year, municipalityCode, smallNumbers));
    }

    @GetMapping(value = "/project-years/{year}/collaboration", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "getCollaborationReport",
            summary = "Collaboration meetings planned vs held, and follow-ups completed, open and overdue")
    CollaborationReport collaboration(
            @PathVariable int year,
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String municipalityCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return reports.collaboration(year, municipalityCode, asOf);
    }

    @GetMapping(
            value = "/project-years/{year}/collaboration",
            produces = {Csv.MEDIA_TYPE, Xlsx.MEDIA_TYPE})
    @Operation(
            operationId = "getCollaborationReport",
            summary = "Collaboration figures as CSV or an Excel workbook, one row per municipality")
    Table collaborationTable(
            @PathVariable int year,
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String municipalityCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return ReportTables.collaboration(collaboration(year, municipalityCode, asOf));
    }

    @GetMapping(value = "/project-years/{year}/buddies", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "getBuddyReport",
            summary = "Buddy figures per centre: active buddies, trained, supervision sessions, welcomes per month")
    BuddyReport buddies(
            @PathVariable int year,
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String municipalityCode,
            @Valid SmallNumbers smallNumbers) {
        return reports.buddies(year, municipalityCode, smallNumbers.suppressBelow());
    }

    @GetMapping(
            value = "/project-years/{year}/buddies",
            produces = {Csv.MEDIA_TYPE, Xlsx.MEDIA_TYPE})
    @Operation(
            operationId = "getBuddyReport",
            summary =
                    "Buddy figures as CSV or an Excel workbook, one row per centre, welcomes in twelve monthly columns")
    Table buddiesTable(
            @PathVariable int year,
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String municipalityCode,
            @Valid SmallNumbers smallNumbers) {
        return ReportTables.buddies(buddies(year, municipalityCode, smallNumbers));
    }

    @GetMapping(value = "/self-assessments", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "getSelfAssessmentReport",
            summary = "The latest best-practice self-assessment of each municipality and centre, its changes and its"
                    + " history")
    SelfAssessmentReport selfAssessments(
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String municipalityCode) {
        return reports.selfAssessments(municipalityCode);
    }

    @GetMapping(
            value = "/self-assessments",
            produces = {Csv.MEDIA_TYPE, Xlsx.MEDIA_TYPE})
    @Operation(
            operationId = "getSelfAssessmentReport",
            summary =
                    "Latest self-assessments as CSV or an Excel workbook, one row per subject and practice, with the previous status")
    Table selfAssessmentsTable(@RequestParam(required = false) @Pattern(regexp = "\\d{3}") String municipalityCode) {
        return ReportTables.selfAssessments(selfAssessments(municipalityCode));
    }
}
