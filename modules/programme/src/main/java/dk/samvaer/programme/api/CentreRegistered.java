package dk.samvaer.programme.api;

import org.axonframework.serialization.Revision;

/** A drop-in centre was registered in a municipality. */
@Revision("1")
public record CentreRegistered(CentreId centreId, String municipalityCode, String name) {}
