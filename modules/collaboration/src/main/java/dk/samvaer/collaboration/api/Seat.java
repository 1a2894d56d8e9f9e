package dk.samvaer.collaboration.api;

/** A seat, not a person: the organisation type and the role title (e.g. a coordinator or a follow-up's owner). */
public record Seat(OrganisationType organisationType, String roleTitle) {}
