package dk.samvaer.kernel;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;

/**
 * The page a list is asked for, the same on every list: {@code page} from 0 (default 0) and {@code size} from 1 to
 * {@value #MAX_SIZE} (default {@value #DEFAULT_SIZE}). Bound from the query string; the answer is a {@link Page}.
 */
@ParameterObject
public record Paging(
        @Parameter(
                        description = "The page to answer, from 0",
                        schema = @Schema(type = "integer", format = "int32", defaultValue = "0", minimum = "0"))
                @Min(0)
                @Max(Integer.MAX_VALUE / MAX_SIZE)
                Integer page,
        @Parameter(
                        description = "Items per page",
                        schema =
                                @Schema(
                                        type = "integer",
                                        format = "int32",
                                        defaultValue = "" + DEFAULT_SIZE,
                                        minimum = "1",
                                        maximum = "" + MAX_SIZE))
                @Min(1)
                @Max(MAX_SIZE)
                Integer size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public Paging {
        page = page == null ? 0 : page;
        size = size == null ? DEFAULT_SIZE : size;
    }

    /** The first page of the default size. */
    public static Paging first() {
        return new Paging(0, DEFAULT_SIZE);
    }

    /** How many items come before this page. */
    public int offset() {
        return page * size;
    }

    /** An empty page of this size, for a caller who sees nothing. */
    public <T> Page<T> empty() {
        return new Page<>(List.of(), page, size, 0);
    }

    /** This page of the items of a list that is small and bounded by nature (a reference list, a year's rows). */
    public <T> Page<T> of(List<T> all) {
        int from = Math.min(offset(), all.size());
        return new Page<>(all.subList(from, Math.min(from + size, all.size())), page, size, all.size());
    }

    /** A page of items already fetched for this page, and the total over all pages. */
    public <T> Page<T> of(List<T> items, long totalItems) {
        return new Page<>(items, page, size, totalItems);
    }
}
