package dk.samvaer.reporting.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Escorts in a period: how many, how many different citizens (by pseudonym), and how many were a citizen's first escort
 * to that centre; by service, by month and by centre.
 */
public record EscortReport(
        @Schema(example = "2025-01-01") @Nullable LocalDate from,
        @Schema(example = "2025-12-31") @Nullable LocalDate to,
        @Schema(example = "3") @PersonCount Long escorts,
        @Schema(example = "2") @PersonCount Long uniqueCitizens,
        @Schema(example = "2") @PersonCount Long firstEscorts,
        @Schema(example = "0.6667", description = "firstEscorts / escorts")
                @Nullable
                @DerivedFrom({"firstEscorts", "escorts"})
                java.math.BigDecimal firstEscortShare,
        @PersonCount Map<String, Long> byService,
        List<Month> byMonth,
        List<Centre> byCentre,
        @JsonUnwrapped Suppression suppression)
        implements Publishable {

    /** Escorts in one month. */
    public record Month(@Schema(example = "2025-05") String month, @Schema(example = "2") @PersonCount Long escorts) {}

    /** Escorts to one centre. */
    @Schema(name = "CentreEscortsRow")
    public record Centre(
            @Schema(example = "6fef8f7d-14c1-3cb2-a563-ba4867e368bb") UUID centreId,
            @Schema(example = "Værestedet i Kolding") String centreName,
            @Schema(example = "621") String municipalityCode,
            @Schema(example = "3") @PersonCount Long escorts,
            @Schema(example = "2") @PersonCount Long firstEscorts) {}
}
