package dk.samvaer.activities.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Give the activity a new public evaluation link; the link before it stops working (a poster went astray). Causes
 * {@link EvaluationLinkIssued}.
 */
public record IssueEvaluationLink(@TargetAggregateIdentifier ActivityId activityId) {}
