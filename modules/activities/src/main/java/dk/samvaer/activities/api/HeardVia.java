package dk.samvaer.activities.api;

/**
 * Where a participant heard about an activity (or a newcomer about the centre): a multi-select answer.
 *
 * <p>Everything else is derived from these constants: the reports' JSON keys are their names, the reporting table has a
 * column {@code heard_} + the name in lower case per answer, the CSV exports a column {@code heardVia} + the name in
 * camel case, and the pages iterate {@link #values()}. A new answer is a constant here, its Danish labels in the web's
 * messages ({@code heardVia.NAME}, {@code column.heardViaName}) and a reporting migration that adds its column.
 */
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
