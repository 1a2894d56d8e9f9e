package dk.samvaer.collaboration.api;

/** Where a municipality or centre stands with a best practice. */
public enum PracticeStatus {
    ALREADY_DO,
    DO_MORE,
    AIM_FOR_LATER,
    NOT_RELEVANT
}
