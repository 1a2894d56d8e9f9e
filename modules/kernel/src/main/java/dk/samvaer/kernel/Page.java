package dk.samvaer.kernel;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of a list: the items, the page asked for (from 0), its size and the total over all pages. */
public record Page<T>(
        List<T> items,
        @Schema(example = "0") int page,
        @Schema(example = "50") int size,
        @Schema(example = "40") long totalItems) {}
