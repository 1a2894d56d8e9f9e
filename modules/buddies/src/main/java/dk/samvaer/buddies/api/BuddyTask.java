package dk.samvaer.buddies.api;

/** The tasks a trained buddy can take on, defined with the staff. */
public enum BuddyTask {
    WELCOME_NEW_USERS,
    SHOW_AROUND,
    /** Tell about the centre, e.g. at shared meals at a shelter. */
    TALK_AT_SHELTER,
    CO_FACILITATE_ACTIVITY,
    OTHER
}
