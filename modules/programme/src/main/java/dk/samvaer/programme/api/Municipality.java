package dk.samvaer.programme.api;

/** A Danish municipality (kommune): official three-digit code, name and region. */
public record Municipality(String code, String name, String region) {}
