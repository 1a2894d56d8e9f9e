package dk.samvaer.collaboration.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.serialization.Revision;

/** A meeting was held; {@code heldOn} decides its project year. */
@Revision("1")
public record MeetingHeld(
        MeetingId meetingId,
        GroupId groupId,
        String municipalityCode,
        LocalDate heldOn,
        Set<OrganisationType> attendingOrganisationTypes,
        List<String> decisions,
        List<FollowUp> followUps,
        LocalDate nextMeetingOn) {}
