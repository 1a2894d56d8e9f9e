package dk.samvaer.activities.api;

/** What kind of activity it is, for overviews and reports. */
public enum Category {
    /** Walks, campfire, fishing, lawn games outdoors. */
    OUTDOOR,
    /** Bingo, board games, bob and table curling. */
    GAMES,
    /** Disc golf, mini golf and other light sport. */
    SPORT,
    /** Museums, aquariums, parks and other sights. */
    EXCURSION,
    /** Music, graffiti, crafts. */
    CREATIVE,
    /** Shared meals and dinners. */
    MEAL,
    OTHER
}
