package dk.samvaer.reporting.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

/** The buddy scheme in a project year, per centre. */
public record BuddyReport(
        @Schema(example = "2025") int year, List<CentreBuddies> centres, @JsonUnwrapped Suppression suppression)
        implements Publishable {

    /** One centre's buddy figures; {@code welcomesPerMonth} has twelve entries, January first. */
    public record CentreBuddies(
            @Schema(example = "6fef8f7d-14c1-3cb2-a563-ba4867e368bb") UUID centreId,
            @Schema(example = "Værestedet i Kolding") String centreName,
            @Schema(example = "621") String municipalityCode,
            @Schema(example = "3", description = "trained buddies who are active now") @PersonCount Long activeBuddies,
            @Schema(example = "3", description = "buddies who completed the course in the year") @PersonCount
                    Long buddiesTrained,
            @Schema(example = "8") long supervisionSessions,
            @Schema(example = "14") @PersonCount Long welcomes,
            @Schema(example = "11") @PersonCount Long welcomesByBuddies,
            @Schema(example = "3") @PersonCount Long welcomesByStaff,
            @Schema(example = "[0, 0, 1, 2, 3, 1, 0, 2, 2, 1, 1, 1]") @PersonCount List<Long> welcomesPerMonth) {}
}
