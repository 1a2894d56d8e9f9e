package dk.samvaer.kernel.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.MediaType;

/** Builds RFC 4180 CSV (comma-separated, CRLF, quoted where needed) for report exports. */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";
    public static final MediaType CONTENT_TYPE = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final List<String> lines = new ArrayList<>();

    private Csv(List<String> header) {
        lines.add(line(header));
    }

    public static Csv withHeader(String... header) {
        return new Csv(Arrays.asList(header));
    }

    public Csv row(Object... values) {
        List<String> cells = new ArrayList<>(values.length);
        for (Object value : values) {
            cells.add(value == null ? "" : value.toString());
        }
        lines.add(line(cells));
        return this;
    }

    @Override
    public String toString() {
        return String.join("\r\n", lines) + "\r\n";
    }

    private static String line(List<String> cells) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(escape(cells.get(i)));
        }
        return out.toString();
    }

    private static String escape(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }
}
