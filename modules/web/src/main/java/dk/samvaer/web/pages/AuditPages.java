package dk.samvaer.web.pages;

import dk.samvaer.audit.api.LedgerCheck;
import dk.samvaer.kernel.Denmark;
import dk.samvaer.kernel.NotFound;
import dk.samvaer.kernel.security.Caller;
import dk.samvaer.kernel.security.Roles;
import dk.samvaer.kernel.web.Table;
import dk.samvaer.reporting.api.AsOfReports;
import dk.samvaer.reporting.api.AsOfReports.AsOfFigures;
import dk.samvaer.reporting.api.AsOfReports.AsOfMethod;
import dk.samvaer.reporting.api.Figures;
import dk.samvaer.reporting.api.MunicipalityFigures;
import dk.samvaer.reporting.api.ProjectYearFigures;
import dk.samvaer.reporting.api.ReportTables;
import dk.samvaer.reporting.api.Reports;
import jakarta.annotation.Nullable;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The auditors' page, read only: whether the ledger still proves that history was not changed (and a checkpoint kept
 * outside the system, when given), and a year's figures as they stood at the end of a chosen day beside the figures
 * now. The same ledger check and reconstruction as {@code /api/v1/audit}; figures are never suppressed here.
 */
@Controller
@RequestMapping("/revision")
@RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.AUDITOR})
class AuditPages {

    private final LedgerCheck ledger;
    private final AsOfReports asOf;
    private final Reports reports;
    private final Clock clock;

    AuditPages(LedgerCheck ledger, AsOfReports asOf, Reports reports, Clock clock) {
        this.ledger = ledger;
        this.asOf = asOf;
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping
    String audit(
            @RequestParam(name = "aar", required = false) Integer year,
            @RequestParam(name = "dato", required = false) String date,
            @RequestParam(name = "genberegn", defaultValue = "false") boolean replay,
            @RequestParam(name = "position", required = false) String position,
            @RequestParam(name = "kaede", required = false) String chainHash,
            Model model) {
        Caller.current().requireWholeProgramme("The ledger");
        List<Integer> years = reports.years();
        LocalDate today = LocalDate.now(clock.withZone(Denmark.ZONE));
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        LocalDate day = day(date, today, errors);
        Checkpoint checkpoint = checkpoint(position, chainHash, errors);

        model.addAttribute("errors", errors);
        model.addAttribute("date", date == null ? today.toString() : date);
        model.addAttribute("position", position);
        model.addAttribute("chainHash", chainHash);
        model.addAttribute("replay", replay);
        model.addAttribute(
                "verification",
                checkpoint == null
                        ? ledger.verify(null, null)
                        : ledger.verify(checkpoint.position(), checkpoint.hash()));
        if (years.isEmpty()) {
            model.addAttribute("years", years);
            return "audit/index";
        }
        int shown = year == null ? years.get(0) : year;
        if (!years.contains(shown)) {
            throw new NotFound("No figures for " + shown + ".");
        }
        model.addAttribute("years", years);
        model.addAttribute("year", shown);
        if (day != null) {
            AsOfFigures then = asOf.projectYear(shown, endOf(day), null, replay ? AsOfMethod.REPLAY : AsOfMethod.QUERY);
            AsOfFigures now = asOf.projectYear(shown, null, null, AsOfMethod.QUERY);
            model.addAttribute("then", then);
            model.addAttribute("day", day);
            model.addAttribute("rows", rows(then.figures(), now.figures()));
        }
        return "audit/index";
    }

    /** The year's figures as they stood at the end of the day, as CSV or an Excel workbook. */
    @GetMapping("/tal.{format:csv|xlsx}")
    ResponseEntity<Table> figures(
            @PathVariable String format,
            @RequestParam(name = "aar") int year,
            @RequestParam(name = "dato") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        Caller.current().requireWholeProgramme("The ledger");
        if (!reports.years().contains(year)) {
            throw new NotFound("No figures for " + year + ".");
        }
        Table table = ReportTables.projectYear(
                asOf.projectYear(year, endOf(day), null, AsOfMethod.QUERY).figures(),
                "projektaar-" + year + "-pr-" + day);
        return Downloads.of(table, format);
    }

    /** The instant the day ended in Denmark; null (everything so far) for a day not yet over. */
    @Nullable
    private Instant endOf(LocalDate day) {
        Instant end = day.plusDays(1).atStartOfDay(Denmark.ZONE).toInstant();
        return end.isAfter(clock.instant()) ? null : end;
    }

    private static LocalDate day(String date, LocalDate today, Map<String, String> errors) {
        if (date == null || date.isBlank()) {
            return today;
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            errors.put("dato", "audit.error.date");
            return null;
        }
    }

    private record Checkpoint(long position, String hash) {}

    @Nullable
    private static Checkpoint checkpoint(String position, String chainHash, Map<String, String> errors) {
        boolean noPosition = position == null || position.isBlank();
        boolean noHash = chainHash == null || chainHash.isBlank();
        if (noPosition && noHash) {
            return null;
        }
        if (noPosition || !position.strip().matches("\\d{1,18}") || Long.parseLong(position.strip()) < 1) {
            errors.put("position", "audit.error.position");
        }
        if (noHash || !chainHash.strip().matches("[0-9a-f]{64}")) {
            errors.put("kaede", "audit.error.chainHash");
        }
        return errors.containsKey("position") || errors.containsKey("kaede")
                ? null
                : new Checkpoint(Long.parseLong(position.strip()), chainHash.strip());
    }

    /** A row of the comparison: the figures then and now, and whether they differ. */
    record Row(String label, boolean key, Figures then, Figures now) {

        public boolean changed() {
            return !then.equals(now);
        }
    }

    private static List<Row> rows(ProjectYearFigures then, ProjectYearFigures now) {
        Map<String, Figures> nowByMunicipality = now.byMunicipality().stream()
                .collect(Collectors.toMap(MunicipalityFigures::municipalityCode, MunicipalityFigures::figures));
        Map<String, Figures> thenByMunicipality = then.byMunicipality().stream()
                .collect(Collectors.toMap(MunicipalityFigures::municipalityCode, MunicipalityFigures::figures));
        List<Row> rows = new ArrayList<>();
        for (MunicipalityFigures m : now.byMunicipality()) {
            rows.add(new Row(
                    m.municipalityName(),
                    false,
                    thenByMunicipality.getOrDefault(m.municipalityCode(), Figures.NONE),
                    m.figures()));
        }
        for (MunicipalityFigures m : then.byMunicipality()) {
            if (!nowByMunicipality.containsKey(m.municipalityCode())) {
                rows.add(new Row(m.municipalityName(), false, m.figures(), Figures.NONE));
            }
        }
        now.byArm()
                .forEach((arm, figures) -> rows.add(
                        new Row("arm." + arm.name(), true, then.byArm().getOrDefault(arm, Figures.NONE), figures)));
        rows.add(new Row("dashboard.total", true, then.totals(), now.totals()));
        return rows;
    }
}
