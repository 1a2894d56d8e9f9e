package dk.samvaer.reporting.disclosure;

import dk.samvaer.reporting.api.Publishable;
import dk.samvaer.reporting.api.Suppression;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The cells of a CSV export, read from a (possibly suppressed) report by the JSON pointers its JSON has, so that the
 * CSV and the JSON of one report cannot disagree: a suppressed figure is {@value #SUPPRESSED} (Statistics Denmark's
 * mark for a figure withheld for confidentiality), a null that was not suppressed an empty cell.
 */
public final class Cells {

    /** The CSV mark of a suppressed figure. */
    public static final String SUPPRESSED = Suppression.MARK;

    private final Record report;
    private final Set<String> suppressed;

    private Cells(Record report, Set<String> suppressed) {
        this.report = report;
        this.suppressed = suppressed;
    }

    public static <T extends Record & Publishable> Cells of(T report) {
        return new Cells(report, Set.copyOf(report.suppression().suppressed()));
    }

    /** A CSV header: the leading columns, then figures whose JSON names are their column names. */
    public static String[] header(List<String> leading, String... figures) {
        List<String> columns = new ArrayList<>(leading);
        columns.addAll(Arrays.asList(figures));
        return columns.toArray(String[]::new);
    }

    /** A row that starts with these values (a scope, a year), followed by figures read with {@link Row#from}. */
    public Row row(Object... leading) {
        return new Row(Arrays.asList(leading));
    }

    /** The value at a pointer, or {@value #SUPPRESSED} where it was suppressed. */
    public Object at(String pointer) {
        return suppressed.contains(pointer) ? SUPPRESSED : RecordTree.at(report, pointer);
    }

    /** The leading values of a row. */
    public final class Row {

        private final List<Object> leading;

        private Row(List<Object> leading) {
            this.leading = leading;
        }

        /**
         * The leading values, then the value of each field below {@code base} ({@code "heardVia/CENTRE"} reaches into
         * a map); a null field is an empty cell.
         */
        public Object[] from(String base, String... fields) {
            List<Object> cells = new ArrayList<>(leading);
            for (String field : fields) {
                cells.add(field == null ? null : at(base + "/" + field));
            }
            return cells.toArray();
        }
    }
}
