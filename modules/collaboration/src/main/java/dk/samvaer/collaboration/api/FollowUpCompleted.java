package dk.samvaer.collaboration.api;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A follow-up of a held meeting was completed. */
@Revision("1")
public record FollowUpCompleted(MeetingId meetingId, String municipalityCode, UUID followUpId, LocalDate completedOn) {}
