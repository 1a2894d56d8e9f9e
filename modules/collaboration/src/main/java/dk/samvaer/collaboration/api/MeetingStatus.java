package dk.samvaer.collaboration.api;

/** A collaboration meeting's state. */
public enum MeetingStatus {
    SCHEDULED,
    HELD,
    CANCELLED
}
