package dk.samvaer.outreach.ingestion;

import dk.samvaer.kernel.Bounds;
import dk.samvaer.outreach.api.Service;
import dk.samvaer.outreach.api.SourceSystems;
import dk.samvaer.outreach.vault.CitizenKeyVault;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What case systems post. {@code (sourceSystem, externalId)} identifies a posting: the same posting again is answered
 * with the first answer (200), the same pair with other content is 409. Text fields have documented maximum lengths;
 * the citizen reference is replaced by a keyed pseudonym before anything is stored.
 *
 * <p>They are both the API's request bodies and {@link Ingestion}'s input: a posting's fingerprint is taken of their
 * JSON form, so a renamed field would make a repeat of an earlier posting a conflict.
 */
public final class IngestionRequests {

    private IngestionRequests() {}

    /** A posting's identity in the case system. */
    public interface Posting {
        String sourceSystem();

        String externalId();
    }

    public record EscortRequest(
            @Schema(example = "nexus-kolding", maxLength = 100) @NotBlank @Pattern(regexp = SourceSystems.PATTERN)
                    String sourceSystem,
            @Schema(example = "E-1001", maxLength = 100) @NotBlank @Pattern(regexp = SourceSystems.PATTERN)
                    String externalId,
            @Schema(example = "621") @NotBlank @Pattern(regexp = "\\d{3}") String municipalityCode,
            @Schema(example = "SECTION_99") @NotNull Service service,
            @Schema(
                            example = "nexus:borger:88213",
                            maxLength = CitizenKeyVault.MAX_CITIZEN_REF,
                            description =
                                    "the case system's own reference;" + " never stored, only its keyed pseudonym")
                    @NotBlank
                    @Size(max = CitizenKeyVault.MAX_CITIZEN_REF)
                    String citizenRef,
            @Schema(example = "6fef8f7d-14c1-3cb2-a563-ba4867e368bb") @NotNull UUID centreId,
            @Schema(example = "9f034e16-a0a2-3e0c-a616-540b7d2aaf77", description = "optional: to this activity")
                    UUID activityId,
            @Schema(example = "2025-05-01") @NotNull @PastOrPresent LocalDate escortedOn)
            implements Posting {}

    public record ReferralRequest(
            @Schema(example = "nexus-kolding", maxLength = 100) @NotBlank @Pattern(regexp = SourceSystems.PATTERN)
                    String sourceSystem,
            @Schema(example = "R-2001", maxLength = 100) @NotBlank @Pattern(regexp = SourceSystems.PATTERN)
                    String externalId,
            @Schema(example = "621") @NotBlank @Pattern(regexp = "\\d{3}") String municipalityCode,
            @Schema(example = "AUTHORITY") @NotNull Service service,
            @Schema(example = "nexus:borger:88213", maxLength = CitizenKeyVault.MAX_CITIZEN_REF)
                    @NotBlank
                    @Size(max = CitizenKeyVault.MAX_CITIZEN_REF)
                    String citizenRef,
            @Schema(example = "6fef8f7d-14c1-3cb2-a563-ba4867e368bb") @NotNull UUID centreId,
            @Schema(example = "2025-04-20") @NotNull @PastOrPresent LocalDate referredOn)
            implements Posting {}

    /** A result of a referral: acceptance, arrival, decline or expiry, each with its date (and a reason for the last two). */
    public record ResultRequest(
            @Schema(example = "nexus-kolding", maxLength = 100) @NotBlank @Pattern(regexp = SourceSystems.PATTERN)
                    String sourceSystem,
            @Schema(example = "R-2001-A", maxLength = 100) @NotBlank @Pattern(regexp = SourceSystems.PATTERN)
                    String externalId,
            @Schema(example = "2025-04-22") @PastOrPresent LocalDate acceptedOn,
            @Schema(example = "2025-04-29") @PastOrPresent LocalDate arrivedOn,
            @Schema(example = "2025-04-23") @PastOrPresent LocalDate declinedOn,
            @Schema(example = "2025-06-30") @PastOrPresent LocalDate expiredOn,
            @Schema(example = "No capacity this month", maxLength = 1000) @Size(max = Bounds.MAX_TEXT) String reason)
            implements Posting {}
}
