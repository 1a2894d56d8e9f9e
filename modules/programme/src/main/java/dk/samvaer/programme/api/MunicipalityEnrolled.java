package dk.samvaer.programme.api;

import org.axonframework.serialization.Revision;

/** A municipality was enrolled in a project year in the given arm. */
@Revision("1")
public record MunicipalityEnrolled(int year, String municipalityCode, Arm arm) {}
