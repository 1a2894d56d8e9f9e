package dk.samvaer.collaboration.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A meeting of a collaboration group was scheduled. */
@Revision("1")
public record MeetingScheduled(
        MeetingId meetingId,
        GroupId groupId,
        String municipalityCode,
        LocalDate scheduledFor,
        Seat coordinator,
        String purpose,
        List<String> agenda) {}
