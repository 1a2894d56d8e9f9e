package dk.samvaer.activities.api;

/** Where an activity takes place. */
public enum Setting {
    /** At the drop-in centre (board games, campfire, shared meals). */
    ON_SITE,
    /** Away from the centre (fishing trips, city walks, local sights). */
    OFF_SITE
}
