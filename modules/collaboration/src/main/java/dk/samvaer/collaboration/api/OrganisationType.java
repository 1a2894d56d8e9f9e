package dk.samvaer.collaboration.api;

/** The organisation a seat in a collaboration group represents. */
public enum OrganisationType {
    DROP_IN_CENTRE,
    /** Social-educational support in one's home (§ 85). */
    SECTION_85,
    /** Housing First support (§ 85 a). */
    SECTION_85A,
    /** Outreach ("street") work (§ 99). */
    SECTION_99,
    ADDICTION_CENTRE,
    /** The case-handling authority (myndighed). */
    AUTHORITY,
    /** Shelters (forsorgshjem). */
    SHELTER,
    HOUSING_SOCIAL,
    CIVIL_SOCIETY,
    LEADERSHIP,
    OTHER
}
