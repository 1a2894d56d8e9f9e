package dk.samvaer.outreach.api;

/** What a centre did to be seen. */
public enum VisibilityKind {
    /** A poster published for an activity. */
    POSTER,
    SOCIAL_MEDIA_POST,
    OPEN_HOUSE,
    /** The national Drop-in Centres' Day (Værestedernes dag) marked. */
    DROP_IN_CENTRES_DAY
}
