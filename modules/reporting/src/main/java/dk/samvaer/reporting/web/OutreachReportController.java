package dk.samvaer.reporting.web;

import dk.samvaer.kernel.security.Caller;
import dk.samvaer.kernel.security.Roles;
import dk.samvaer.kernel.web.Csv;
import dk.samvaer.reporting.api.EscortReport;
import dk.samvaer.reporting.api.ReferralReport;
import dk.samvaer.reporting.api.VisibilityReport;
import dk.samvaer.reporting.disclosure.Cells;
import dk.samvaer.reporting.query.OutreachReportQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
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

    private static final String[] FUNNEL = {"made", "accepted", "arrived", "declined", "expired", "medianDaysToArrival"
    };

    private final OutreachReportQueries outreach;
    private final Publication publication;

    OutreachReportController(OutreachReportQueries outreach, Publication publication) {
        this.outreach = outreach;
        this.publication = publication;
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
        return publication.publish(
                outreach.escorts(Caller.current().scopeFor(municipalityCode), from, to), smallNumbers);
    }

    @GetMapping(value = "/escorts", produces = Csv.MEDIA_TYPE)
    @Operation(operationId = "getEscortReport", summary = "Escorts per centre as CSV, with a total row")
    ResponseEntity<String> escortsCsv(
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String municipalityCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Valid SmallNumbers smallNumbers) {
        EscortReport report = escorts(municipalityCode, from, to, smallNumbers);
        Csv csv = Csv.withHeader(
                "scope", "municipalityCode", "centreId", "centreName", "escorts", "firstEscorts", "uniqueCitizens");
        Cells cells = Cells.of(report);
        for (int i = 0; i < report.byCentre().size(); i++) {
            csv.row(cells.row("CENTRE")
                    .from(
                            "/byCentre/" + i,
                            "municipalityCode",
                            "centreId",
                            "centreName",
                            "escorts",
                            "firstEscorts",
                            null));
        }
        csv.row(cells.row("TOTAL", null, null, null).from("", "escorts", "firstEscorts", "uniqueCitizens"));
        return ResponseEntity.ok().contentType(Csv.CONTENT_TYPE).body(csv.toString());
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
        return publication.publish(
                outreach.referrals(Caller.current().scopeFor(municipalityCode), from, to), smallNumbers);
    }

    @GetMapping(value = "/referrals", produces = Csv.MEDIA_TYPE)
    @Operation(operationId = "getReferralReport", summary = "The referral funnel as CSV, per municipality and in total")
    ResponseEntity<String> referralsCsv(
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String municipalityCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Valid SmallNumbers smallNumbers) {
        ReferralReport report = referrals(municipalityCode, from, to, smallNumbers);
        Csv csv = Csv.withHeader(Cells.header(List.of("scope", "municipalityCode", "municipalityName"), FUNNEL));
        Cells cells = Cells.of(report);
        for (int i = 0; i < report.byMunicipality().size(); i++) {
            ReferralReport.Municipality m = report.byMunicipality().get(i);
            csv.row(cells.row("MUNICIPALITY", m.municipalityCode(), m.municipalityName())
                    .from("/byMunicipality/" + i, FUNNEL));
        }
        csv.row(cells.row("TOTAL", null, null).from("", FUNNEL));
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
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Valid SmallNumbers smallNumbers) {
        return publication.publish(
                outreach.visibility(Caller.current().scopeFor(municipalityCode), from, to), smallNumbers);
    }

    @GetMapping(value = "/visibility", produces = Csv.MEDIA_TYPE)
    @Operation(operationId = "getVisibilityReport", summary = "Visibility and outreach per centre as CSV")
    ResponseEntity<String> visibilityCsv(
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String municipalityCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Valid SmallNumbers smallNumbers) {
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
        VisibilityReport report = visibility(municipalityCode, from, to, smallNumbers);
        Cells cells = Cells.of(report);
        for (int i = 0; i < report.centres().size(); i++) {
            csv.row(cells.row()
                    .from(
                            "/centres/" + i,
                            "municipalityCode",
                            "centreId",
                            "centreName",
                            "visibilityActions/POSTER",
                            "visibilityActions/SOCIAL_MEDIA_POST",
                            "visibilityActions/OPEN_HOUSE",
                            "visibilityActions/DROP_IN_CENTRES_DAY",
                            "escorts",
                            "referrals",
                            "evaluations",
                            "evaluationsHeardVia/CENTRE",
                            "evaluationsHeardVia/FRIEND",
                            "evaluationsHeardVia/SOCIAL_MEDIA",
                            "evaluationsHeardVia/SUPPORT_WORKER",
                            "evaluationsHeardVia/OTHER"));
        }
        return ResponseEntity.ok().contentType(Csv.CONTENT_TYPE).body(csv.toString());
    }
}
