package dk.samvaer.collaboration.api;

/** The level a collaboration group works at. */
public enum Level {
    /** Centre staff, § 85 / § 85 a / § 99 workers, addiction centre, the authority, shelters. */
    STAFF,
    /** Leaders of centres, housing support, addiction centre, social psychiatry, housing-social efforts. */
    LEADERSHIP
}
