package dk.samvaer.activities.api;

import dk.samvaer.kernel.Capability;
import org.axonframework.serialization.Revision;

/**
 * The activity's public evaluation link: participants open {@code /e/{token}} (shown as a QR code) and answer there
 * without signing in. A new link replaces the one before, which then leads nowhere. The token is random and says
 * nothing of the activity.
 */
@Revision("1")
public record EvaluationLinkIssued(ActivityId activityId, String municipalityCode, @Capability String token) {}
