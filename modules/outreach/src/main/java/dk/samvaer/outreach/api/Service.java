package dk.samvaer.outreach.api;

/** The service a worker who escorts or refers a citizen comes from. */
public enum Service {
    /** Social-educational support in one's home (§ 85). */
    SECTION_85,
    /** Housing First support (§ 85 a). */
    SECTION_85A,
    /** Outreach ("street") work (§ 99). */
    SECTION_99,
    /** The case-handling authority (myndighed). */
    AUTHORITY,
    /** Shelters (forsorgshjem). */
    SHELTER,
    OTHER
}
