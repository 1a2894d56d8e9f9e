package dk.samvaer.kernel.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A report as a table: named columns and rows of typed values (numbers stay numbers, dates stay dates), written as CSV
 * for machines ({@link Csv}) or as an Excel workbook for people ({@link Xlsx}) by {@link TableConverter}, whichever the
 * caller accepts. A null value is an empty cell.
 */
public final class Table {

    private final String name;
    private final List<String> header;
    private final List<List<Object>> rows = new ArrayList<>();

    private Table(String name, List<String> header) {
        this.name = name;
        this.header = List.copyOf(header);
    }

    /**
     * A table with these columns; {@code name} is a file name without extension ({@code projektaar-2025}) and, cut to
     * Excel's 31 characters, the worksheet's name.
     */
    public static Table named(String name, String... header) {
        if (!name.matches("[a-z0-9-]{1,80}")) {
            throw new IllegalArgumentException("Not a file name: " + name);
        }
        return new Table(name, Arrays.asList(header));
    }

    /** Adds a row with one value per column. */
    public Table row(Object... values) {
        if (values.length != header.size()) {
            throw new IllegalArgumentException(
                    "A row of " + name + " has " + values.length + " values for " + header.size() + " columns");
        }
        rows.add(Collections.unmodifiableList(Arrays.asList(values.clone())));
        return this;
    }

    public String name() {
        return name;
    }

    public List<String> header() {
        return header;
    }

    public List<List<Object>> rows() {
        return Collections.unmodifiableList(rows);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Table table
                && name.equals(table.name)
                && header.equals(table.header)
                && rows.equals(table.rows);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, header, rows);
    }

    @Override
    public String toString() {
        return Csv.write(this);
    }
}
