package dk.samvaer.reporting.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The referral funnel of referrals made in a period: made, accepted, arrived, declined, expired, and days to arrival. */
public record ReferralReport(
        @Schema(example = "2025-01-01") @Nullable LocalDate from,
        @Schema(example = "2025-12-31") @Nullable LocalDate to,
        @Schema(example = "12") @PersonCount Long made,
        @Schema(example = "9") @PersonCount Long accepted,
        @Schema(example = "7") @PersonCount Long arrived,
        @Schema(example = "2") @PersonCount Long declined,
        @Schema(example = "1") @PersonCount Long expired,
        @Schema(example = "8.0", description = "median days from referral to arrival; null without arrivals")
                @Nullable
                @DerivedFrom("arrived")
                BigDecimal medianDaysToArrival,
        List<Municipality> byMunicipality,
        @JsonUnwrapped Suppression suppression)
        implements Publishable {

    /** The funnel of one municipality. */
    @Schema(name = "ReferralFunnelRow")
    public record Municipality(
            @Schema(example = "621") String municipalityCode,
            @Schema(example = "Kolding") String municipalityName,
            @Schema(example = "12") @PersonCount Long made,
            @Schema(example = "9") @PersonCount Long accepted,
            @Schema(example = "7") @PersonCount Long arrived,
            @Schema(example = "2") @PersonCount Long declined,
            @Schema(example = "1") @PersonCount Long expired,
            @Schema(example = "8.0") @Nullable @DerivedFrom("arrived") BigDecimal medianDaysToArrival) {}
}
