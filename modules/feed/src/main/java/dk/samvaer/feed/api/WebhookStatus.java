package dk.samvaer.feed.api;

/** Whether a webhook subscription is being delivered to, or paused until someone resumes it. */
public enum WebhookStatus {
    /** Deliveries are sent as events arrive. */
    ACTIVE,
    /** Its oldest delivery failed for longer than the retry period (or the receiver said 410 Gone): nothing is sent. */
    PAUSED
}
