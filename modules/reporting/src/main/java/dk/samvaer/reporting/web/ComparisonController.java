package dk.samvaer.reporting.web;

import dk.samvaer.kernel.security.Roles;
import dk.samvaer.kernel.web.Csv;
import dk.samvaer.kernel.web.Table;
import dk.samvaer.kernel.web.Xlsx;
import dk.samvaer.reporting.api.ComparisonReport;
import dk.samvaer.reporting.api.ReportTables;
import dk.samvaer.reporting.api.Reports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Test against control in a project year, with confidence intervals: JSON, CSV or an Excel workbook by Accept. */
@RestController
@RequestMapping("/api/v1/reports/project-years/{year}/comparison")
@Tag(name = "Reports", description = ReportController.TAG)
@RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.CENTRE_STAFF, Roles.AUDITOR})
class ComparisonController {

    private static final String DESCRIPTION = "Per arm and per municipality: activities held; mean participants, new"
            + " participants and formerly homeless per activity (Student's t interval; test − control by Welch's t);"
            + " the new and formerly homeless shares of participants as ratios of sums over activities (delta"
            + " method, clustered by activity); the would-join-again rate and the heard-via shares of the evaluations"
            + " (Wilson; test − control by Newcombe's hybrid score interval and the pooled z test). Each figure names"
            + " its method; a group too small to estimate (fewer than two activities, no participants, no answers)"
            + " has a null estimate and interval with the reason. An activity counts in the year of its held-on date,"
            + " in the arm its municipality is enrolled in that year. Means and shares, not counts of people: no"
            + " small-number suppression. See docs/statistics.md.";

    private final Reports reports;

    ComparisonController(Reports reports) {
        this.reports = reports;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "getComparisonReport",
            summary = "Test against control: each arm's figures with 95 % confidence intervals, and the difference"
                    + " with its interval and p-value",
            description = DESCRIPTION)
    ComparisonReport comparison(
            @PathVariable int year,
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String municipalityCode) {
        return reports.comparison(year, municipalityCode);
    }

    @GetMapping(produces = {Csv.MEDIA_TYPE, Xlsx.MEDIA_TYPE})
    @Operation(
            operationId = "getComparisonReport",
            summary = "The comparison of arms as CSV or an Excel workbook: one row per group (arm, difference,"
                    + " municipality) and figure")
    Table comparisonTable(
            @PathVariable int year,
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String municipalityCode) {
        return ReportTables.comparison(comparison(year, municipalityCode));
    }
}
