package dk.samvaer.reporting.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dk.samvaer.programme.api.Arm;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * The report's Table 2 for a project year: totals over the held activities whose held-on date falls in the year,
 * per municipality and per arm.
 */
public record ProjectYearFigures(
        @Schema(example = "2025") int year,
        @JsonUnwrapped Figures totals,
        List<MunicipalityFigures> byMunicipality,
        Map<Arm, Figures> byArm,
        @JsonUnwrapped Suppression suppression)
        implements Publishable {}
