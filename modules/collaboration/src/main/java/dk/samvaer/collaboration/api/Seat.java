package dk.samvaer.collaboration.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;

/** A seat, not a person: the organisation type and the role title (e.g. a coordinator or a follow-up's owner). */
public record Seat(
        @Schema(example = "DROP_IN_CENTRE") OrganisationType organisationType,
        @Schema(example = "Medarbejder på værestedet") @Nullable String roleTitle) {}
