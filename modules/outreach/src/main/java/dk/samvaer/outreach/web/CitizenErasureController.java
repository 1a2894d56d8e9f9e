package dk.samvaer.outreach.web;

import dk.samvaer.kernel.Bounds;
import dk.samvaer.kernel.security.Roles;
import dk.samvaer.outreach.api.SourceSystems;
import dk.samvaer.outreach.vault.CitizenKeyVault;
import dk.samvaer.outreach.vault.Erasures;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A citizen's right to be forgotten: the citizen's keys go from the key vault, so their escorts and referrals no longer
 * lead to the reference, and every published figure stays as it was. See docs/privacy.md and ADR 0016.
 */
@RestController
@RequestMapping("/api/v1/citizens/erasures")
@Tag(name = "Privacy", description = "Erasure of citizens by crypto-shredding")
class CitizenErasureController {

    private final Erasures erasures;

    CitizenErasureController(Erasures erasures) {
        this.erasures = erasures;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    @RolesAllowed({Roles.CASE_SYSTEM, Roles.PROGRAMME_ADMIN})
    @Operation(
            operationId = "eraseCitizen",
            summary = "Forget a citizen: delete their keys in every municipality you may write in",
            description =
                    "The citizen's earlier escorts and referrals stay, and so does every figure, but nothing leads"
                            + " from the reference to them any more; a later posting for the reference starts a new, unlinked"
                            + " history. The erasure is recorded (who asked, when, why; never whom). Repeating it is harmless:"
                            + " keysDeleted is then 0; send an Idempotency-Key to get the first answer again.")
    ErasureAnswer erase(@Valid @RequestBody ErasureRequest request) {
        Erasures.Erased erased = erasures.erase(request.sourceSystem(), request.citizenRef(), request.reason());
        return new ErasureAnswer(erased.erasureId().toString(), erased.keysDeleted());
    }

    record ErasureRequest(
            @Schema(example = "nexus-kolding", maxLength = 100) @NotBlank @Pattern(regexp = SourceSystems.PATTERN)
                    String sourceSystem,
            @Schema(
                            example = "nexus:borger:88213",
                            maxLength = CitizenKeyVault.MAX_CITIZEN_REF,
                            description = "the case system's own reference, as it was posted; never stored")
                    @NotBlank
                    @Size(max = CitizenKeyVault.MAX_CITIZEN_REF)
                    String citizenRef,
            @Schema(example = "Borgeren har bedt om at blive glemt (GDPR art. 17).", maxLength = Bounds.MAX_TEXT)
                    @NotBlank
                    @Size(max = Bounds.MAX_TEXT)
                    String reason) {}

    record ErasureAnswer(
            @Schema(example = "0b6f3c5e-2d0a-4c1e-9a57-5b1f8a2e7c34") String id,
            @Schema(example = "1", description = "keys deleted: one per municipality the citizen was posted in")
                    int keysDeleted) {}
}
