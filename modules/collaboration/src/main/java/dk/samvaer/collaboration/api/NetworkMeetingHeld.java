package dk.samvaer.collaboration.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A network meeting across municipalities was held. */
@Revision("1")
public record NetworkMeetingHeld(
        NetworkMeetingId networkMeetingId, LocalDate heldOn, String purpose, List<String> municipalityCodes) {}
