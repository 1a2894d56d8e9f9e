package dk.samvaer.reporting.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import java.math.BigDecimal;

/** The logbook totals of a set of held activities, with the shares of new and formerly homeless participants. */
public record Figures(
        @Schema(example = "40") long activitiesHeld,
        @Schema(example = "675") @PersonCount Long participants,
        @Schema(example = "205") @PersonCount Long newParticipants,
        @Schema(example = "341") @PersonCount Long formerlyHomeless,
        @Schema(
                        example = "0.3037",
                        description = "newParticipants / participants, 4 decimals; null without participants")
                @Nullable
                @DerivedFrom({"newParticipants", "participants"})
                BigDecimal newParticipantShare,
        @Schema(
                        example = "0.5052",
                        description = "formerlyHomeless / participants, 4 decimals; null without participants")
                @Nullable
                @DerivedFrom({"formerlyHomeless", "participants"})
                BigDecimal formerlyHomelessShare) {

    public static final Figures NONE = of(0, 0, 0, 0);

    public static Figures of(long activitiesHeld, long participants, long newParticipants, long formerlyHomeless) {
        return new Figures(
                activitiesHeld,
                participants,
                newParticipants,
                formerlyHomeless,
                dk.samvaer.kernel.Shares.of(newParticipants, participants),
                dk.samvaer.kernel.Shares.of(formerlyHomeless, participants));
    }

    public Figures plus(Figures other) {
        return of(
                activitiesHeld + other.activitiesHeld,
                participants + other.participants,
                newParticipants + other.newParticipants,
                formerlyHomeless + other.formerlyHomeless);
    }
}
