package dk.samvaer.kernel;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.function.Function;

/** One page of a list: the items, the page asked for (from 0), its size and the total over all pages. */
public record Page<T>(
        List<T> items,
        @Schema(example = "0") int page,
        @Schema(example = "50") int size,
        @Schema(example = "40") long totalItems) {

    /** The same page with each item turned into another. */
    public <R> Page<R> map(Function<? super T, ? extends R> mapping) {
        return new Page<>(items.stream().<R>map(mapping).toList(), page, size, totalItems);
    }
}
