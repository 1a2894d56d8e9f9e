package dk.samvaer.web.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A horizontal bar chart, ready to draw: groups of bars (one bar per series), each bar's length as a percentage of the
 * chart's scale and its value as Danish text. The page draws each bar as an SVG rectangle (no inline style, so the
 * strict content security policy holds) and puts the same numbers in a table beside the chart for anyone who does not
 * see it; a suppressed figure has no bar and the text {@code ..}.
 *
 * @param id the chart's message key below {@code chart.}, and its element id
 * @param series the message keys of the series, below {@code series.}
 */
public record BarChart(String id, List<String> series, List<Group> groups) {

    /** One label's bars, in the order of the series. */
    public record Group(String label, List<Bar> bars) {}

    /** One bar: its series, its value as text, and its length in percent of the scale (0 to 100). */
    public record Bar(String series, String text, double length) {}

    /** A chart of counts scaled to the largest count shown. */
    public static <T> BarChart counts(
            String id, List<T> rows, Function<T, String> label, List<String> series, List<Function<T, Long>> values) {
        double largest = 1;
        for (T row : rows) {
            for (Function<T, Long> value : values) {
                Long v = value.apply(row);
                if (v != null) {
                    largest = Math.max(largest, v);
                }
            }
        }
        double scale = largest;
        return build(id, rows, label, series, values, v -> v == null ? null : v / scale, DanishNumbers::count);
    }

    /** A chart of shares (0 to 1) scaled to 100 %. */
    public static <T> BarChart shares(
            String id,
            List<T> rows,
            Function<T, String> label,
            List<String> series,
            List<Function<T, BigDecimal>> values) {
        return build(id, rows, label, series, values, v -> v == null ? null : v.doubleValue(), DanishNumbers::share);
    }

    private static <T, V> BarChart build(
            String id,
            List<T> rows,
            Function<T, String> label,
            List<String> series,
            List<Function<T, V>> values,
            Function<V, Double> fraction,
            Function<V, String> text) {
        List<Group> groups = new ArrayList<>();
        for (T row : rows) {
            List<Bar> bars = new ArrayList<>();
            for (int i = 0; i < series.size(); i++) {
                V value = values.get(i).apply(row);
                Double part = fraction.apply(value);
                double length = part == null ? 0 : Math.max(0, Math.min(100, Math.round(part * 1000) / 10.0));
                bars.add(new Bar(series.get(i), text.apply(value), length));
            }
            groups.add(new Group(label.apply(row), bars));
        }
        return new BarChart(id, List.copyOf(series), groups);
    }
}
