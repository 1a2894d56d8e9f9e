package dk.samvaer.activities.query;

import dk.samvaer.activities.api.Category;
import dk.samvaer.activities.api.Setting;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** An activity as the read model holds it; {@code logbook} is null until held. */
public record ActivityView(
        UUID id,
        UUID centreId,
        String municipalityCode,
        String title,
        Category category,
        Setting setting,
        String startsAt,
        String description,
        BigDecimal costPerParticipant,
        String transport,
        String accessibilityNotes,
        String status,
        Logbook logbook,
        int corrections,
        String cancellationReason,
        int evaluations,
        long version) {

    /** The current logbook of a held activity. */
    public record Logbook(LocalDate heldOn, int participants, int newParticipants, int formerlyHomeless) {}
}
