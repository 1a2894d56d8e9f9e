package dk.samvaer.reporting.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Visibility actions per centre in a period, beside the centre's escorts and referrals and what the participants of
 * its activities in the same period said about where they heard of them.
 */
public record VisibilityReport(
        @Schema(example = "2025-01-01") @Nullable LocalDate from,
        @Schema(example = "2025-12-31") @Nullable LocalDate to,
        List<Centre> centres,
        @JsonUnwrapped Suppression suppression)
        implements Publishable {

    /** One centre's outreach in the period. */
    @Schema(name = "CentreVisibilityRow")
    public record Centre(
            @Schema(example = "6fef8f7d-14c1-3cb2-a563-ba4867e368bb") UUID centreId,
            @Schema(example = "Værestedet i Kolding") String centreName,
            @Schema(example = "621") String municipalityCode,
            Map<String, Long> visibilityActions,
            @Schema(example = "14") @PersonCount Long escorts,
            @Schema(example = "6") @PersonCount Long referrals,
            @Schema(example = "52") @PersonCount Long evaluations,
            @PersonCount Map<String, Long> evaluationsHeardVia) {}
}
