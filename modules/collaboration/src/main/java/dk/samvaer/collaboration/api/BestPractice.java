package dk.samvaer.collaboration.api;

/** The nine best practices of the programme, in three categories. */
public enum BestPractice {
    /** (a) A cross-sector collaboration group. */
    COLLABORATION_GROUP,
    /** (b) Leadership backing and anchoring, including bridge-building roles. */
    LEADERSHIP_ANCHORING,
    /** (c) A shared understanding of, and knowledge about, the centres. */
    SHARED_UNDERSTANDING,
    /** (d) Visibility and communication. */
    VISIBILITY,
    /** (e) Escort and relational work. */
    ESCORT_AND_RELATIONS,
    /** (f) The good welcome. */
    GOOD_WELCOME,
    /** (g) Safe settings without barriers. */
    SAFE_SETTINGS,
    /** (h) The community-building "third thing". */
    THIRD_THING,
    /** (i) Activities on and off the centre's premises. */
    ON_AND_OFF_SITE
}
