package dk.samvaer.collaboration.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record that a meeting was held: who attended (by organisation type), decisions, follow-ups and the next date. Causes
 * {@link MeetingHeld}.
 */
public record HoldMeeting(
        @TargetAggregateIdentifier MeetingId meetingId,
        LocalDate heldOn,
        Set<OrganisationType> attendingOrganisationTypes,
        List<String> decisions,
        List<FollowUp> followUps,
        LocalDate nextMeetingOn) {}
