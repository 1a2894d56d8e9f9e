package dk.samvaer.activities.api;

import org.axonframework.serialization.Revision;

/** A planned activity was cancelled. */
@Revision("1")
public record ActivityCancelled(ActivityId activityId, String municipalityCode, String reason) {}
