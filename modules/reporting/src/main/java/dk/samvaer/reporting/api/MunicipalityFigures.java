package dk.samvaer.reporting.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dk.samvaer.programme.api.Arm;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;

/** One municipality's figures in a project year; {@code arm} is null for a municipality not enrolled that year. */
public record MunicipalityFigures(
        @Schema(example = "621") String municipalityCode,
        @Schema(example = "Kolding") String municipalityName,
        @Schema(example = "TEST") @Nullable Arm arm,
        @JsonUnwrapped Figures figures) {}
