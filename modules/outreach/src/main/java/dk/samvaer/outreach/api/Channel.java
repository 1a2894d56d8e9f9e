package dk.samvaer.outreach.api;

/** Where a social-media post appeared. */
public enum Channel {
    FACEBOOK,
    LINKEDIN,
    INSTAGRAM,
    NEWSLETTER,
    OTHER
}
