package dk.samvaer.programme.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** A Danish municipality (kommune): official three-digit code, name and region. */
public record Municipality(
        @Schema(example = "621") String code,
        @Schema(example = "Kolding") String name,
        @Schema(example = "Region Syddanmark") String region) {}
