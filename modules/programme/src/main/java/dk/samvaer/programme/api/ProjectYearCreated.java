package dk.samvaer.programme.api;

import org.axonframework.serialization.Revision;

/** A project year was created; its municipalities follow as {@link MunicipalityEnrolled} events. */
@Revision("1")
public record ProjectYearCreated(int year) {}
