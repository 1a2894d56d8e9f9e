package dk.samvaer.buddies.api;

/** A buddy's state in the scheme. */
public enum BuddyStatus {
    ACTIVE,
    PAUSED,
    RETIRED
}
