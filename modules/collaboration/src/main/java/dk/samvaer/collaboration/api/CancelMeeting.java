package dk.samvaer.collaboration.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cancel a scheduled meeting, with a reason. */
public record CancelMeeting(@TargetAggregateIdentifier MeetingId meetingId, String reason) {}
