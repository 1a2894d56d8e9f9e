package dk.samvaer.reporting.disclosure;

import dk.samvaer.reporting.api.Publishable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Small-number suppression of a report before it is published.
 *
 * <ol>
 *   <li>Primary: every {@link dk.samvaer.reporting.api.PersonCount count of people} from 1 to below the threshold.
 *       Zero is published: it says that nobody was counted, which is no one's secret.
 *   <li>Secondary: where a total and the counts it adds up to ({@link ReportSums}) have exactly one suppressed
 *       figure, it could be worked out by subtraction, so the smallest non-zero published count beside it is
 *       suppressed too (the total when none is left); repeated until no sum has exactly one.
 *   <li>Derived: a share, rate or median worked out from a suppressed count.
 * </ol>
 *
 * Figures are suppressed, never rounded or perturbed: what is published is exact.
 */
public final class SmallCells {

    /** Below 2 nothing can be suppressed: counts of 1 to below 2 is 1 only, and 1 is the smallest. */
    public static final int SMALLEST_THRESHOLD = 2;

    private SmallCells() {}

    /** The report with its small counts suppressed, or the report itself for a threshold below 2. */
    public static <T extends Record & Publishable> T suppress(T report, int below) {
        if (below < SMALLEST_THRESHOLD) {
            return report;
        }
        RecordTree.Marks marks = RecordTree.marks(report);
        Map<String, Long> counts = marks.counts();
        Set<String> hidden = new LinkedHashSet<>();
        counts.forEach((pointer, count) -> {
            if (count >= 1 && count < below) {
                hidden.add(pointer);
            }
        });
        protect(ReportSums.of(report, counts), counts, hidden);
        marks.derived().forEach((pointer, sources) -> {
            if (sources.stream().anyMatch(hidden::contains)) {
                hidden.add(pointer);
            }
        });
        Map<String, Object> replacements = new HashMap<>();
        hidden.forEach(pointer -> replacements.put(pointer, null));
        List<String> inOrder = marks.order().stream().filter(hidden::contains).toList();
        replacements.put("/suppressedBelow", below);
        replacements.put("/suppressed", inOrder);
        return RecordTree.with(report, replacements);
    }

    private static void protect(List<Sum> sums, Map<String, Long> counts, Set<String> hidden) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Sum sum : sums) {
                long suppressed =
                        sum.parts().stream().filter(hidden::contains).count() + (hidden.contains(sum.total()) ? 1 : 0);
                if (suppressed != 1) {
                    continue;
                }
                String next = sum.parts().stream()
                        .filter(part -> !hidden.contains(part) && counts.get(part) > 0)
                        .min(Comparator.comparing(counts::get))
                        .orElse(sum.total());
                changed |= hidden.add(next);
            }
        }
    }
}
