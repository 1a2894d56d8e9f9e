package dk.samvaer.web.dashboard;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A line chart over the years, ready to draw as SVG in a {@value #WIDTH} by {@value #HEIGHT} view box: the points of
 * each line already scaled (x from the first to the last label, y from zero at the bottom to the top of the scale),
 * so that the page only writes them into {@code <polyline points>} and {@code <circle cx cy>} attributes (no inline
 * style, so the strict content security policy holds; colours come from the classes {@code line-N} and
 * {@code series-N}). A value that is null (a suppressed count, a share without participants) has no point, and the
 * line is broken there. The page puts the same numbers in a table beside the chart, which is hidden from screen
 * readers.
 *
 * @param id the chart's message key below {@code chart.}, and its element id
 * @param lines one per series, in the order of the legend
 * @param xTicks the labels along the bottom (every label, or every few when there are many)
 * @param yTicks zero, the middle and the top of the scale, with grid lines across the plot
 */
public record LineChart(String id, List<Line> lines, List<Tick> xTicks, List<Tick> yTicks) {

    public static final int WIDTH = 320;
    public static final int HEIGHT = 180;

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");

    /** The plot area inside the view box: room on the left for the scale, below for the labels. */
    static final double LEFT = 44;

    static final double RIGHT = WIDTH - 12;
    static final double TOP = 12;
    static final double BOTTOM = HEIGHT - 26;

    /** At most this many labels along the bottom; with more points every few are labelled. */
    static final int MAX_X_LABELS = 8;

    /**
     * What to draw as one line: its name for the legend, its colour (the N of the classes {@code line-N} and
     * {@code series-N}, so that a series keeps its colour on every chart), and its value at each point.
     */
    public record Series<T, V>(String name, int colour, Function<T, V> value) {}

    /**
     * One series as drawn: its name and colour, its unbroken runs of points as {@code <polyline points>} values, and
     * its points.
     */
    public record Line(String name, int colour, List<String> segments, List<Point> points) {}

    /** A point: its label (the year), its value as Danish text, and where it is drawn. */
    public record Point(String label, String text, double x, double y) {}

    /** A label on an axis, where it is drawn; a y tick also places a grid line across the plot. */
    public record Tick(String text, double x, double y) {}

    /** The SVG's {@code viewBox}. */
    public String viewBox() {
        return "0 0 " + WIDTH + " " + HEIGHT;
    }

    /** Where the plot begins on the left, for the grid lines. */
    public double plotLeft() {
        return LEFT;
    }

    /** Where the plot ends on the right, for the grid lines. */
    public double plotRight() {
        return RIGHT;
    }

    /** A chart of counts on a scale from zero to a round number at or above the largest count shown. */
    public static <T> LineChart counts(
            String id, List<T> points, Function<T, String> label, List<Series<T, Long>> series) {
        double largest = 0;
        for (T point : points) {
            for (Series<T, Long> line : series) {
                Long v = line.value().apply(point);
                if (v != null) {
                    largest = Math.max(largest, v);
                }
            }
        }
        long top = roundUp(largest);
        return build(
                id,
                points,
                label,
                series,
                v -> v == null ? null : v / (double) top,
                DanishNumbers::count,
                List.of(number(0), number(top / 2.0), number(top)));
    }

    /** A chart of shares (0 to 1) on a scale from 0 % to 100 %. */
    public static <T> LineChart shares(
            String id, List<T> points, Function<T, String> label, List<Series<T, BigDecimal>> series) {
        return build(
                id,
                points,
                label,
                series,
                v -> v == null ? null : v.doubleValue(),
                DanishNumbers::share,
                List.of(percent(0), percent(0.5), percent(1)));
    }

    /** The smallest of 1, 2, 5 and 10 times a power of ten at or above {@code value}, and at least 2. */
    static long roundUp(double value) {
        if (value <= 2) {
            return 2;
        }
        long power = 1;
        while (power * 10 < value) {
            power *= 10;
        }
        for (long step : new long[] {1, 2, 5, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static <T, V> LineChart build(
            String id,
            List<T> points,
            Function<T, String> label,
            List<Series<T, V>> series,
            Function<V, Double> fraction,
            Function<V, String> text,
            List<String> scale) {
        List<Line> lines = new ArrayList<>();
        for (Series<T, V> line : series) {
            List<Point> drawn = new ArrayList<>();
            List<String> segments = new ArrayList<>();
            StringBuilder segment = new StringBuilder();
            for (int i = 0; i < points.size(); i++) {
                T point = points.get(i);
                V value = line.value().apply(point);
                Double part = fraction.apply(value);
                if (part == null) {
                    segment = close(segment, segments);
                    continue;
                }
                double x = x(i, points.size());
                double y = round(BOTTOM - Math.max(0, Math.min(1, part)) * (BOTTOM - TOP));
                drawn.add(new Point(label.apply(point), text.apply(value), x, y));
                if (!segment.isEmpty()) {
                    segment.append(' ');
                }
                segment.append(coordinate(x)).append(',').append(coordinate(y));
            }
            close(segment, segments);
            lines.add(new Line(line.name(), line.colour(), List.copyOf(segments), List.copyOf(drawn)));
        }
        List<Tick> xTicks = new ArrayList<>();
        int every = (points.size() + MAX_X_LABELS - 1) / MAX_X_LABELS;
        for (int i = 0; i < points.size(); i++) {
            // the last label always shows; others every few, counted back from it
            if ((points.size() - 1 - i) % Math.max(1, every) == 0) {
                xTicks.add(new Tick(label.apply(points.get(i)), x(i, points.size()), HEIGHT - 8));
            }
        }
        List<Tick> yTicks = new ArrayList<>();
        for (int t = 0; t < scale.size(); t++) {
            yTicks.add(new Tick(scale.get(t), LEFT - 6, round(BOTTOM - t * (BOTTOM - TOP) / (scale.size() - 1))));
        }
        return new LineChart(id, List.copyOf(lines), List.copyOf(xTicks), List.copyOf(yTicks));
    }

    /** The x of the {@code i}th of {@code n} points: spread evenly across the plot, a lone point in its middle. */
    private static double x(int i, int n) {
        return n == 1 ? round((LEFT + RIGHT) / 2) : round(LEFT + i * (RIGHT - LEFT) / (n - 1));
    }

    private static StringBuilder close(StringBuilder segment, List<String> segments) {
        if (!segment.isEmpty()) {
            segments.add(segment.toString());
        }
        return new StringBuilder();
    }

    /** A number on the scale in Danish: {@code 2,5}, {@code 1.000}. */
    private static String number(double value) {
        return DanishNumbers.decimal(BigDecimal.valueOf(value));
    }

    /** A share on the scale in Danish, without decimals: {@code 50 %}. */
    private static String percent(double value) {
        NumberFormat percent = NumberFormat.getPercentInstance(DANISH);
        percent.setMaximumFractionDigits(0);
        return percent.format(value);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
