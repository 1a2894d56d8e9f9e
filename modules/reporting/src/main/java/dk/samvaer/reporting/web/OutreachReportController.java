package dk.samvaer.reporting.web;

import dk.samvaer.kernel.security.Roles;
import dk.samvaer.kernel.web.Csv;
import dk.samvaer.kernel.web.Table;
import dk.samvaer.kernel.web.Xlsx;
import dk.samvaer.reporting.api.EscortReport;
import dk.samvaer.reporting.api.ReferralReport;
import dk.samvaer.reporting.api.ReportTables;
import dk.samvaer.reporting.api.Reports;
import dk.samvaer.reporting.api.VisibilityReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Outreach reports over a period ({@code from}, {@code to}, both optional). JSON, CSV or an Excel
 * workbook by {@code Accept}. */
@RestController
@RequestMapping("/api/v1/reports/outreach")
@Tag(name = "Reports", description = ReportController.TAG)
@RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.CENTRE_STAFF, Roles.AUDITOR})
class OutreachReportController {

    private final Reports reports;

    OutreachReportController(Reports reports) {
        this.reports = reports;
    }

    @GetMapping(value = "/escorts", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "getEscortReport",
            summary = "Escorts: total, unique citizens, first escorts; by service, month and centre")
    EscortReport escorts(
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String municipalityCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Valid SmallNumbers smallNumbers) {
        return reports.escorts(municipalityCode, from, to, smallNumbers.suppressBelow());
    }

    @GetMapping(
            value = "/escorts",
            produces = {Csv.MEDIA_TYPE, Xlsx.MEDIA_TYPE})
    @Operation(
            operationId = "getEscortReport",
            summary = "Escorts per centre as CSV or an Excel workbook, with a total row")
    Table escortsTable(
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String municipalityCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Valid SmallNumbers smallNumbers) {
        return ReportTables.escorts(escorts(municipalityCode, from, to, smallNumbers));
    }

    @GetMapping(value = "/referrals", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "getReferralReport",
            summary = "The referral funnel: made, accepted, arrived, declined, expired, median days to arrival")
    ReferralReport referrals(
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String municipalityCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Valid SmallNumbers smallNumbers) {
        return reports.referrals(municipalityCode, from, to, smallNumbers.suppressBelow());
    }

    @GetMapping(
            value = "/referrals",
            produces = {Csv.MEDIA_TYPE, Xlsx.MEDIA_TYPE})
    @Operation(
            operationId = "getReferralReport",
            summary = "The referral funnel as CSV or an Excel workbook, per municipality and in total")
    Table referralsTable(
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String municipalityCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Valid SmallNumbers smallNumbers) {
        return ReportTables.referrals(referrals(municipalityCode, from, to, smallNumbers));
    }

    @GetMapping(value = "/visibility", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "getVisibilityReport",
            summary = "Visibility actions per centre beside its escorts, referrals and the participants' heard-via"
                    + " answers in the same period")
    VisibilityReport visibility(
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String municipalityCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Valid SmallNumbers smallNumbers) {
        return reports.visibility(municipalityCode, from, to, smallNumbers.suppressBelow());
    }

    @GetMapping(
            value = "/visibility",
            produces = {Csv.MEDIA_TYPE, Xlsx.MEDIA_TYPE})
    @Operation(
            operationId = "getVisibilityReport",
            summary = "Visibility and outreach per centre as CSV or an Excel workbook")
    Table visibilityTable(
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String municipalityCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Valid SmallNumbers smallNumbers) {
        return ReportTables.visibility(visibility(municipalityCode, from, to, smallNumbers));
    }
}
