package dk.samvaer.collaboration.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Schedule a meeting of a group: date, coordinator seat, purpose and agenda. Causes {@link MeetingScheduled}. */
public record ScheduleMeeting(
        @TargetAggregateIdentifier MeetingId meetingId,
        GroupId groupId,
        LocalDate scheduledFor,
        Seat coordinator,
        String purpose,
        List<String> agenda) {}
