package dk.samvaer.reporting.api;

import dk.samvaer.kernel.web.Csv;
import dk.samvaer.programme.api.Arm;
import dk.samvaer.reporting.disclosure.Cells;
import java.util.List;

/** The project-year figures as CSV: one row per municipality, per arm and the total; shared by every way out. */
public final class ReportCsv {

    private static final String[] FIGURES = {
        "activitiesHeld",
        "participants",
        "newParticipants",
        "formerlyHomeless",
        "newParticipantShare",
        "formerlyHomelessShare"
    };

    private ReportCsv() {}

    public static Csv projectYear(ProjectYearFigures figures) {
        Csv csv = Csv.withHeader(
                Cells.header(List.of("year", "scope", "municipalityCode", "municipalityName", "arm"), FIGURES));
        Cells cells = Cells.of(figures);
        int year = figures.year();
        for (int i = 0; i < figures.byMunicipality().size(); i++) {
            MunicipalityFigures m = figures.byMunicipality().get(i);
            csv.row(cells.row(year, "MUNICIPALITY", m.municipalityCode(), m.municipalityName(), m.arm())
                    .from("/byMunicipality/" + i, FIGURES));
        }
        for (Arm arm : figures.byArm().keySet()) {
            csv.row(cells.row(year, "ARM", null, null, arm).from("/byArm/" + arm.name(), FIGURES));
        }
        csv.row(cells.row(year, "TOTAL", null, null, null).from("", FIGURES));
        return csv;
    }
}
