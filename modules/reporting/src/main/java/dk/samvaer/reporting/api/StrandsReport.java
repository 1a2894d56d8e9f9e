package dk.samvaer.reporting.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dk.samvaer.programme.api.Arm;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The report's Table 1 for a project year: what each enrolled municipality did in each strand. */
public record StrandsReport(
        @Schema(example = "2025") int year,
        List<MunicipalityStrands> municipalities,
        @JsonUnwrapped Suppression suppression)
        implements Publishable {

    /** One municipality's row of Table 1. */
    public record MunicipalityStrands(
            @Schema(example = "621") String municipalityCode,
            @Schema(example = "Kolding") String municipalityName,
            @Schema(example = "TEST") Arm arm,
            @Schema(example = "6") long collaborationMeetingsHeld,
            @Schema(example = "2") long networkMeetingsAttended,
            @Schema(example = "true") boolean buddyCourseHeld,
            @Schema(example = "3") @PersonCount Long buddiesTrained,
            @Schema(example = "8") long activitiesHeld,
            @ArraySchema(arraySchema = @Schema(example = "[\"Bob og bordcurling\", \"Byvandring\"]"))
                    List<String> activityTitles) {}
}
