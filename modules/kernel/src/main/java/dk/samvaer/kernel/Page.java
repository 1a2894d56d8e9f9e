package dk.samvaer.kernel;

import java.util.List;

/** One page of a list: the items, the page asked for (from 0), its size and the total over all pages. */
public record Page<T>(List<T> items, int page, int size, long totalItems) {}
