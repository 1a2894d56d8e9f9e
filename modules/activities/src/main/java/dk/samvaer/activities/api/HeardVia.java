package dk.samvaer.activities.api;

/** Where a participant heard about an activity (or a newcomer about the centre): a multi-select answer. */
public enum HeardVia {
    /** The drop-in centre itself. */
    CENTRE,
    /** A friend or acquaintance. */
    FRIEND,
    SOCIAL_MEDIA,
    /** Housing support, street nurse, outreach worker or similar. */
    SUPPORT_WORKER,
    OTHER
}
