package dk.samvaer.activities.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Cancel a planned activity, with a reason. Causes {@link ActivityCancelled}. */
public record CancelActivity(
        @TargetAggregateIdentifier ActivityId activityId,
        String reason,
        @TargetAggregateVersion Long expectedVersion) {}
