package dk.samvaer.reporting.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The participant evaluations of a project year: where they heard of the activity and whether they would come again. */
public record EvaluationSummary(
        @Schema(example = "2025") int year,
        @Schema(example = "212") @PersonCount Long evaluations,
        @PersonCount Map<String, Long> heardVia,
        WouldJoinAgain wouldJoinAgain,
        List<MunicipalityEvaluations> byMunicipality,
        @JsonUnwrapped Suppression suppression)
        implements Publishable {

    /** Answers to "would you like to take part in a similar activity again?". */
    public record WouldJoinAgain(
            @Schema(example = "180") @PersonCount Long yes,
            @Schema(example = "12") @PersonCount Long no,
            @Schema(example = "20") @PersonCount Long unanswered,
            @Schema(example = "0.9375", description = "yes / (yes + no); null when nobody answered")
                    @Nullable
                    @DerivedFrom({"yes", "no"})
                    BigDecimal rate) {}

    /** The same summary for one municipality. */
    public record MunicipalityEvaluations(
            @Schema(example = "621") String municipalityCode,
            @Schema(example = "Kolding") String municipalityName,
            @Schema(example = "48") @PersonCount Long evaluations,
            @PersonCount Map<String, Long> heardVia,
            WouldJoinAgain wouldJoinAgain) {}
}
