package dk.samvaer.programme.api;

/** A municipality taking part in a project year, in one arm. */
public record Enrolment(String municipalityCode, Arm arm) {}
