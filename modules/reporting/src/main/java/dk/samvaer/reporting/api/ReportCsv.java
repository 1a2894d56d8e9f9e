package dk.samvaer.reporting.api;

import dk.samvaer.kernel.web.Csv;
import dk.samvaer.programme.api.Arm;
import java.util.Map;

/** The project-year figures as CSV: one row per municipality, per arm and the total; shared by every way out. */
public final class ReportCsv {

    private ReportCsv() {}

    public static Csv projectYear(ProjectYearFigures figures) {
        Csv csv = Csv.withHeader(
                "year",
                "scope",
                "municipalityCode",
                "municipalityName",
                "arm",
                "activitiesHeld",
                "participants",
                "newParticipants",
                "formerlyHomeless",
                "newParticipantShare",
                "formerlyHomelessShare");
        int year = figures.year();
        for (MunicipalityFigures m : figures.byMunicipality()) {
            row(csv, year, "MUNICIPALITY", m.municipalityCode(), m.municipalityName(), m.arm(), m.figures());
        }
        for (Map.Entry<Arm, Figures> arm : figures.byArm().entrySet()) {
            row(csv, year, "ARM", null, null, arm.getKey(), arm.getValue());
        }
        row(csv, year, "TOTAL", null, null, null, figures.totals());
        return csv;
    }

    private static void row(Csv csv, int year, String scope, String code, String name, Arm arm, Figures figures) {
        csv.row(
                year,
                scope,
                code,
                name,
                arm,
                figures.activitiesHeld(),
                figures.participants(),
                figures.newParticipants(),
                figures.formerlyHomeless(),
                figures.newParticipantShare(),
                figures.formerlyHomelessShare());
    }
}
