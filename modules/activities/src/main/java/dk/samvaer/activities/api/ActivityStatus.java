package dk.samvaer.activities.api;

/** An activity's state: planned, held (its logbook recorded) or cancelled. */
public enum ActivityStatus {
    PLANNED,
    HELD,
    CANCELLED
}
