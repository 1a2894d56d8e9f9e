package dk.samvaer.collaboration.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cancel a scheduled meeting, with a reason. Causes {@link MeetingCancelled}. */
public record CancelMeeting(@TargetAggregateIdentifier MeetingId meetingId, String reason) {}
