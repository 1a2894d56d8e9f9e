package dk.samvaer.reporting.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The participant evaluations of a project year: where they heard of the activity and whether they would come again. */
public record EvaluationSummary(
        @Schema(example = "2025") int year,
        @Schema(example = "212") long evaluations,
        Map<String, Long> heardVia,
        WouldJoinAgain wouldJoinAgain,
        List<MunicipalityEvaluations> byMunicipality) {

    /** Answers to "would you like to take part in a similar activity again?". */
    public record WouldJoinAgain(
            @Schema(example = "180") long yes,
            @Schema(example = "12") long no,
            @Schema(example = "20") long unanswered,
            @Schema(example = "0.9375", description = "yes / (yes + no); null when nobody answered") @Nullable
                    BigDecimal rate) {}

    /** The same summary for one municipality. */
    public record MunicipalityEvaluations(
            @Schema(example = "621") String municipalityCode,
            @Schema(example = "Kolding") String municipalityName,
            @Schema(example = "48") long evaluations,
            Map<String, Long> heardVia,
            WouldJoinAgain wouldJoinAgain) {}
}
