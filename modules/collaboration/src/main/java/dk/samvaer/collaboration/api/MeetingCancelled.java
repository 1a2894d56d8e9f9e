package dk.samvaer.collaboration.api;

import org.axonframework.serialization.Revision;

/** A scheduled meeting was cancelled. */
@Revision("1")
public record MeetingCancelled(MeetingId meetingId, GroupId groupId, String municipalityCode, String reason) {}
