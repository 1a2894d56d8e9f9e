package dk.samvaer.reporting.web;

import dk.samvaer.kernel.security.Roles;
import dk.samvaer.kernel.web.Csv;
import dk.samvaer.kernel.web.Table;
import dk.samvaer.kernel.web.Xlsx;
import dk.samvaer.reporting.api.EvaluationSummary;
import dk.samvaer.reporting.api.ProjectYearFigures;
import dk.samvaer.reporting.api.ReportTables;
import dk.samvaer.reporting.api.Reports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Project-year reports. Each answers JSON by default, CSV for {@code Accept: text/csv} and an Excel workbook for
 * {@code Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet}.
 */
@RestController
@RequestMapping("/api/v1/reports/project-years/{year}")
@Tag(name = "Reports", description = ReportController.TAG)
@RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.CENTRE_STAFF, Roles.AUDITOR})
class ReportController {

    static final String TAG = "Project-year figures; JSON by default, CSV for Accept: text/csv, an Excel workbook for"
            + " Accept: " + Xlsx.MEDIA_TYPE;

    private final Reports reports;

    ReportController(Reports reports) {
        this.reports = reports;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "getProjectYearReport",
            summary = "The project-year figures (Table 2): activities held, participants, new, formerly homeless",
            description = "Overall, per municipality and per arm. An activity counts in the year of its held-on date.")
    ProjectYearFigures projectYear(
            @PathVariable int year,
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String municipalityCode,
            @Valid SmallNumbers smallNumbers) {
        return reports.projectYear(year, municipalityCode, smallNumbers.suppressBelow());
    }

    @GetMapping(produces = {Csv.MEDIA_TYPE, Xlsx.MEDIA_TYPE})
    @Operation(
            operationId = "getProjectYearReport",
            summary =
                    "The project-year figures as CSV or an Excel workbook: one row per municipality, per arm and the total")
    Table projectYearTable(
            @PathVariable int year,
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String municipalityCode,
            @Valid SmallNumbers smallNumbers) {
        return ReportTables.projectYear(projectYear(year, municipalityCode, smallNumbers));
    }

    @GetMapping(value = "/evaluations", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "getEvaluationReport",
            summary = "The participant evaluations of a year: heardVia counts and the would-join-again rate")
    EvaluationSummary evaluations(
            @PathVariable int year,
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String municipalityCode,
            @Valid SmallNumbers smallNumbers) {
        return reports.evaluations(year, municipalityCode, smallNumbers.suppressBelow());
    }

    @GetMapping(
            value = "/evaluations",
            produces = {Csv.MEDIA_TYPE, Xlsx.MEDIA_TYPE})
    @Operation(
            operationId = "getEvaluationReport",
            summary =
                    "The participant evaluations of a year as CSV or an Excel workbook: one row per municipality and the total")
    Table evaluationsTable(
            @PathVariable int year,
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String municipalityCode,
            @Valid SmallNumbers smallNumbers) {
        return ReportTables.evaluations(evaluations(year, municipalityCode, smallNumbers));
    }
}
