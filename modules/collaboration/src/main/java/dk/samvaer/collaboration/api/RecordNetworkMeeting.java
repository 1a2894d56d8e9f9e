package dk.samvaer.collaboration.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record a network meeting across municipalities. Causes {@link NetworkMeetingHeld}. */
public record RecordNetworkMeeting(
        @TargetAggregateIdentifier NetworkMeetingId networkMeetingId,
        LocalDate heldOn,
        String purpose,
        List<String> municipalityCodes) {}
