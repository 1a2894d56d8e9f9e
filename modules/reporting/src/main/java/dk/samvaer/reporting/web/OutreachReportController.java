package dk.samvaer.reporting.web;

import dk.samvaer.kernel.security.Caller;
import dk.samvaer.kernel.security.Roles;
import dk.samvaer.kernel.web.Csv;
import dk.samvaer.reporting.api.EscortReport;
import dk.samvaer.reporting.api.ReferralReport;
import dk.samvaer.reporting.api.VisibilityReport;
import dk.samvaer.reporting.query.OutreachReportQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Outreach reports over a period ({@code from}, {@code to}, both optional). JSON, or CSV for {@code Accept: text/csv}. */
@RestController
@RequestMapping("/api/v1/reports/outreach")
@Tag(name = "Reports", description = "Project-year figures; JSON by default, CSV for Accept: text/csv")
@RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.CENTRE_STAFF, Roles.AUDITOR})
class OutreachReportController {

    private final OutreachReportQueries outreach;

    OutreachReportController(OutreachReportQueries outreach) {
        this.outreach = outreach;
    }

    @GetMapping(value = "/escorts", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "getEscortReport",
            summary = "Escorts: total, unique citizens, first escorts; by service, month and centre")
    EscortReport escorts(
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String municipalityCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return outreach.escorts(Caller.current().scopeFor(municipalityCode), from, to);
    }

    @GetMapping(value = "/escorts", produces = Csv.MEDIA_TYPE)
    @Operation(operationId = "getEscortReport", summary = "Escorts per centre as CSV, with a total row")
    ResponseEntity<String> escortsCsv(
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String municipalityCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        EscortReport report = escorts(municipalityCode, from, to);
        Csv csv = Csv.withHeader(
                "scope", "municipalityCode", "centreId", "centreName", "escorts", "firstEscorts", "uniqueCitizens");
        report.byCentre()
                .forEach(c -> csv.row(
                        "CENTRE",
                        c.municipalityCode(),
                        c.centreId(),
                        c.centreName(),
                        c.escorts(),
                        c.firstEscorts(),
                        null));
        csv.row("TOTAL", null, null, null, report.escorts(), report.firstEscorts(), report.uniqueCitizens());
        return ResponseEntity.ok().contentType(Csv.CONTENT_TYPE).body(csv.toString());
    }

    @GetMapping(value = "/referrals", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "getReferralReport",
            summary = "The referral funnel: made, accepted, arrived, declined, expired, median days to arrival")
    ReferralReport referrals(
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String municipalityCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return outreach.referrals(Caller.current().scopeFor(municipalityCode), from, to);
    }

    @GetMapping(value = "/referrals", produces = Csv.MEDIA_TYPE)
    @Operation(operationId = "getReferralReport", summary = "The referral funnel as CSV, per municipality and in total")
    ResponseEntity<String> referralsCsv(
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String municipalityCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        ReferralReport report = referrals(municipalityCode, from, to);
        Csv csv = Csv.withHeader(
                "scope",
                "municipalityCode",
                "municipalityName",
                "made",
                "accepted",
                "arrived",
                "declined",
                "expired",
                "medianDaysToArrival");
        report.byMunicipality()
                .forEach(m -> csv.row(
                        "MUNICIPALITY",
                        m.municipalityCode(),
                        m.municipalityName(),
                        m.made(),
                        m.accepted(),
                        m.arrived(),
                        m.declined(),
                        m.expired(),
                        m.medianDaysToArrival()));
        csv.row(
                "TOTAL",
                null,
                null,
                report.made(),
                report.accepted(),
                report.arrived(),
                report.declined(),
                report.expired(),
                report.medianDaysToArrival());
        return ResponseEntity.ok().contentType(Csv.CONTENT_TYPE).body(csv.toString());
    }

    @GetMapping(value = "/visibility", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "getVisibilityReport",
            summary = "Visibility actions per centre beside its escorts, referrals and the participants' heard-via"
                    + " answers in the same period")
    VisibilityReport visibility(
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String municipalityCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return outreach.visibility(Caller.current().scopeFor(municipalityCode), from, to);
    }

    @GetMapping(value = "/visibility", produces = Csv.MEDIA_TYPE)
    @Operation(operationId = "getVisibilityReport", summary = "Visibility and outreach per centre as CSV")
    ResponseEntity<String> visibilityCsv(
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String municipalityCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Csv csv = Csv.withHeader(
                "municipalityCode",
                "centreId",
                "centreName",
                "posters",
                "socialMediaPosts",
                "openHouses",
                "dropInCentresDays",
                "escorts",
                "referrals",
                "evaluations",
                "heardViaCentre",
                "heardViaFriend",
                "heardViaSocialMedia",
                "heardViaSupportWorker",
                "heardViaOther");
        visibility(municipalityCode, from, to)
                .centres()
                .forEach(c -> csv.row(
                        c.municipalityCode(),
                        c.centreId(),
                        c.centreName(),
                        c.visibilityActions().get("POSTER"),
                        c.visibilityActions().get("SOCIAL_MEDIA_POST"),
                        c.visibilityActions().get("OPEN_HOUSE"),
                        c.visibilityActions().get("DROP_IN_CENTRES_DAY"),
                        c.escorts(),
                        c.referrals(),
                        c.evaluations(),
                        c.evaluationsHeardVia().get("CENTRE"),
                        c.evaluationsHeardVia().get("FRIEND"),
                        c.evaluationsHeardVia().get("SOCIAL_MEDIA"),
                        c.evaluationsHeardVia().get("SUPPORT_WORKER"),
                        c.evaluationsHeardVia().get("OTHER")));
        return ResponseEntity.ok().contentType(Csv.CONTENT_TYPE).body(csv.toString());
    }
}
