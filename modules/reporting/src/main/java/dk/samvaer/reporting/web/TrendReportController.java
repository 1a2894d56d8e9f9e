package dk.samvaer.reporting.web;

import dk.samvaer.kernel.Bounds;
import dk.samvaer.kernel.security.Roles;
import dk.samvaer.kernel.web.Csv;
import dk.samvaer.kernel.web.Table;
import dk.samvaer.kernel.web.Xlsx;
import dk.samvaer.reporting.api.ReportTables;
import dk.samvaer.reporting.api.Reports;
import dk.samvaer.reporting.api.TrendReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Table 2 across project years, for the year-on-year charts: JSON, CSV or an Excel workbook by {@code Accept}, with
 * the same roles and scope as the project-year reports.
 */
@RestController
@RequestMapping("/api/v1/reports/trends")
@Tag(name = "Reports", description = ReportController.TAG)
@RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.CENTRE_STAFF, Roles.AUDITOR})
class TrendReportController {

    /** Whose figures, and from which project year to which, bound from the query string. */
    @ParameterObject
    record Span(
            @Pattern(regexp = "\\d{3}") String municipalityCode,
            @Parameter(
                            description = "The first project year; by default the first year with figures within the"
                                    + " scope (at most " + TrendReport.MAX_YEARS + " years before 'to')")
                    @Min(Bounds.FIRST_YEAR)
                    @Max(Bounds.LAST_YEAR)
                    Integer from,
            @Parameter(
                            description = "The last project year; by default the last year with figures within the"
                                    + " scope (not before 'from'). A period ending before it starts, or longer than "
                                    + TrendReport.MAX_YEARS + " years, is refused (400)")
                    @Min(Bounds.FIRST_YEAR)
                    @Max(Bounds.LAST_YEAR)
                    Integer to) {}

    private final Reports reports;

    TrendReportController(Reports reports) {
        this.reports = reports;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "getTrendReport",
            summary = "The project-year figures (Table 2) year by year, in total and per arm",
            description = "One entry per project year from 'from' to 'to' (a year without held activities has zeros),"
                    + " for a municipality or every municipality the caller sees. As in each year's project-year"
                    + " report, an activity counts in the year of its held-on date and a municipality in the arm it"
                    + " was enrolled in that year; municipalities not enrolled that year count in the total only.")
    TrendReport trends(@Valid Span span, @Valid SmallNumbers smallNumbers) {
        return reports.trends(span.municipalityCode(), span.from(), span.to(), smallNumbers.suppressBelow());
    }

    @GetMapping(produces = {Csv.MEDIA_TYPE, Xlsx.MEDIA_TYPE})
    @Operation(
            operationId = "getTrendReport",
            summary = "The project-year figures year by year as CSV or an Excel workbook: per year one row per arm"
                    + " and the total")
    Table trendsTable(@Valid Span span, @Valid SmallNumbers smallNumbers) {
        return ReportTables.trends(trends(span, smallNumbers));
    }
}
