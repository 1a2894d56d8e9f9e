package dk.samvaer.feed.api;

/** Where one delivery of one event to one subscription stands. */
public enum WebhookDeliveryStatus {
    /** Not yet delivered: waiting for its turn (deliveries go in order) or for its next attempt after a failure. */
    PENDING,
    /** The receiver answered 2xx. */
    DELIVERED,
    /** Failed for longer than the retry period: its subscription is paused; resuming retries it. */
    FAILED
}
