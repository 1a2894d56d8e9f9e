package dk.samvaer.audit.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The outcome of a full rebuild of every read model from the event store. */
public record RebuildResult(
        List<String> processors,
        @Schema(example = "1208") long eventsInStore,
        @Schema(example = "3.4") double seconds,
        @Schema(example = "true", description = "whether every report equals what it was before the rebuild")
                boolean equal,
        @Schema(description = "the reports that differ, if any") List<String> differences) {}
