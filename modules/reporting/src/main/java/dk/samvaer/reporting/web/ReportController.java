package dk.samvaer.reporting.web;

import dk.samvaer.kernel.NotFound;
import dk.samvaer.kernel.security.Caller;
import dk.samvaer.kernel.security.Roles;
import dk.samvaer.kernel.web.Csv;
import dk.samvaer.reporting.api.EvaluationSummary;
import dk.samvaer.reporting.api.ProjectYearFigures;
import dk.samvaer.reporting.api.ReportCsv;
import dk.samvaer.reporting.disclosure.Cells;
import dk.samvaer.reporting.query.ReportQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Project-year reports. Each answers JSON by default and CSV for {@code Accept: text/csv}. */
@RestController
@RequestMapping("/api/v1/reports/project-years/{year}")
@Tag(name = "Reports", description = "Project-year figures; JSON by default, CSV for Accept: text/csv")
class ReportController {

    private static final String[] EVALUATION_FIGURES = {
        "evaluations",
        "heardVia/CENTRE",
        "heardVia/FRIEND",
        "heardVia/SOCIAL_MEDIA",
        "heardVia/SUPPORT_WORKER",
        "heardVia/OTHER",
        "wouldJoinAgain/yes",
        "wouldJoinAgain/no",
        "wouldJoinAgain/unanswered",
        "wouldJoinAgain/rate"
    };

    private final ReportQueries reports;
    private final Publication publication;

    ReportController(ReportQueries reports, Publication publication) {
        this.reports = reports;
        this.publication = publication;
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.CENTRE_STAFF, Roles.AUDITOR})
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "getProjectYearReport",
            summary = "The project-year figures (Table 2): activities held, participants, new, formerly homeless",
            description = "Overall, per municipality and per arm. An activity counts in the year of its held-on date.")
    ProjectYearFigures projectYear(
            @PathVariable int year,
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String municipalityCode,
            @Valid SmallNumbers smallNumbers) {
        requireYear(year);
        return publication.publish(reports.projectYear(year, scope(municipalityCode)), smallNumbers);
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.CENTRE_STAFF, Roles.AUDITOR})
    @GetMapping(produces = Csv.MEDIA_TYPE)
    @Operation(
            operationId = "getProjectYearReport",
            summary = "The project-year figures as CSV: one row per municipality, per arm and the total")
    ResponseEntity<String> projectYearCsv(
            @PathVariable int year,
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String municipalityCode,
            @Valid SmallNumbers smallNumbers) {
        Csv csv = ReportCsv.projectYear(projectYear(year, municipalityCode, smallNumbers));
        return ResponseEntity.ok().contentType(Csv.CONTENT_TYPE).body(csv.toString());
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.CENTRE_STAFF, Roles.AUDITOR})
    @GetMapping(value = "/evaluations", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "getEvaluationReport",
            summary = "The participant evaluations of a year: heardVia counts and the would-join-again rate")
    EvaluationSummary evaluations(
            @PathVariable int year,
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String municipalityCode,
            @Valid SmallNumbers smallNumbers) {
        requireYear(year);
        return publication.publish(reports.evaluations(year, scope(municipalityCode)), smallNumbers);
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.CENTRE_STAFF, Roles.AUDITOR})
    @GetMapping(value = "/evaluations", produces = Csv.MEDIA_TYPE)
    @Operation(
            operationId = "getEvaluationReport",
            summary = "The participant evaluations of a year as CSV: one row per municipality and the total")
    ResponseEntity<String> evaluationsCsv(
            @PathVariable int year,
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String municipalityCode,
            @Valid SmallNumbers smallNumbers) {
        EvaluationSummary summary = evaluations(year, municipalityCode, smallNumbers);
        Csv csv = Csv.withHeader(
                "year",
                "scope",
                "municipalityCode",
                "municipalityName",
                "evaluations",
                "heardViaCentre",
                "heardViaFriend",
                "heardViaSocialMedia",
                "heardViaSupportWorker",
                "heardViaOther",
                "wouldJoinAgainYes",
                "wouldJoinAgainNo",
                "wouldJoinAgainUnanswered",
                "wouldJoinAgainRate");
        Cells cells = Cells.of(summary);
        for (int i = 0; i < summary.byMunicipality().size(); i++) {
            EvaluationSummary.MunicipalityEvaluations m =
                    summary.byMunicipality().get(i);
            csv.row(cells.row(year, "MUNICIPALITY", m.municipalityCode(), m.municipalityName())
                    .from("/byMunicipality/" + i, EVALUATION_FIGURES));
        }
        csv.row(cells.row(year, "TOTAL", null, null).from("", EVALUATION_FIGURES));
        return ResponseEntity.ok().contentType(Csv.CONTENT_TYPE).body(csv.toString());
    }

    private void requireYear(int year) {
        if (!reports.hasYear(year)) {
            throw new NotFound("No project year " + year + " and no activities held in it.");
        }
    }

    private static Set<String> scope(String municipalityCode) {
        return Caller.current().scopeFor(municipalityCode);
    }
}
