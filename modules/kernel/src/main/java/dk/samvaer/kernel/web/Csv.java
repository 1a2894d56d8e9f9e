package dk.samvaer.kernel.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;

/** Writes a {@link Table} as RFC 4180 CSV: a header row, comma-separated, CRLF, quoted where needed. */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";
    public static final MediaType CONTENT_TYPE = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private Csv() {}

    public static String write(Table table) {
        StringBuilder out = new StringBuilder();
        line(table.header(), out);
        for (List<Object> row : table.rows()) {
            List<String> cells = new ArrayList<>(row.size());
            for (Object value : row) {
                cells.add(value == null ? "" : value.toString());
            }
            line(cells, out);
        }
        return out.toString();
    }

    private static void line(List<?> cells, StringBuilder out) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(escape(cells.get(i).toString()));
        }
        out.append("\r\n");
    }

    private static String escape(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }
}
