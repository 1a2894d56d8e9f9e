package dk.samvaer.kernel.web;

import dk.samvaer.kernel.Denmark;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.MediaType;

/**
 * Writes a {@link Table} as an Excel workbook (Apache POI) for people: one worksheet, the column titles in Danish on a
 * bold, frozen, filterable first row, and typed cells with Danish formats, so Excel shows {@code 1.234}, {@code 30,4 %}
 * and {@code 03-12-2026} and sums them. Numbers are numbers and dates dates; a share or a rate (a column whose name ends
 * in {@code Share} or {@code Rate}) is a percentage; an instant is the Danish local time; any other value is text,
 * never a formula.
 */
public final class Xlsx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final MediaType CONTENT_TYPE = MediaType.parseMediaType(MEDIA_TYPE);

    /** Excel's number format codes; Danish Excel shows the grouping and decimal marks as {@code .} and {@code ,}. */
    static final String WHOLE = "#,##0";

    static final String DECIMAL = "#,##0.0##";
    static final String PERCENT = "0.0%";
    static final String DATE = "[$-406]dd-mm-yyyy";
    static final String DATE_TIME = "[$-406]dd-mm-yyyy hh:mm:ss";

    private static final int MAX_WIDTH = 60;

    private Xlsx() {}

    /** The workbook; {@code titles} gives each column's title for people from its name. */
    public static byte[] write(Table table, UnaryOperator<String> titles) {
        try (Workbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.name()));
            List<String> header = table.header();
            int[] widths = new int[header.size()];
            Row titleRow = sheet.createRow(0);
            for (int column = 0; column < header.size(); column++) {
                String title = titles.apply(header.get(column));
                var cell = titleRow.createCell(column);
                cell.setCellValue(title);
                cell.setCellStyle(styles.title);
                widths[column] = title.length();
            }
            int rowIndex = 1;
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(rowIndex++);
                for (int column = 0; column < values.size(); column++) {
                    Object value = values.get(column);
                    if (value != null) {
                        var cell = row.createCell(column);
                        widths[column] = Math.max(widths[column], write(cell, value, header.get(column), styles));
                    }
                }
            }
            for (int column = 0; column < widths.length; column++) {
                sheet.setColumnWidth(column, 256 * (Math.min(widths[column], MAX_WIDTH) + 2));
            }
            sheet.createFreezePane(0, 1);
            if (!header.isEmpty()) {
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rowIndex - 1, 0), 0, header.size() - 1));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one value and returns about how many characters wide it shows. */
    private static int write(org.apache.poi.ss.usermodel.Cell cell, Object value, String column, Styles styles) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            cell.setCellValue(((Number) value).doubleValue());
            cell.setCellStyle(styles.whole);
            return value.toString().length() + 2;
        }
        if (value instanceof BigDecimal || value instanceof Double || value instanceof Float) {
            cell.setCellValue(((Number) value).doubleValue());
            cell.setCellStyle(isShare(column) ? styles.percent : styles.decimal);
            return value.toString().length() + 2;
        }
        if (value instanceof Boolean bool) {
            cell.setCellValue(bool);
            return 6;
        }
        if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date);
            return 10;
        }
        if (value instanceof Instant instant) {
            cell.setCellValue(LocalDateTime.ofInstant(instant, Denmark.ZONE));
            cell.setCellStyle(styles.dateTime);
            return 19;
        }
        String text = value.toString();
        cell.setCellValue(text);
        return text.length();
    }

    static boolean isShare(String column) {
        String name = column.toLowerCase(Locale.ROOT);
        return name.endsWith("share") || name.endsWith("rate");
    }

    /** The workbook's cell styles, made once each (Excel limits how many a workbook may have). */
    private static final class Styles {

        final CellStyle title;
        final CellStyle whole;
        final CellStyle decimal;
        final CellStyle percent;
        final CellStyle date;
        final CellStyle dateTime;

        Styles(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            title = workbook.createCellStyle();
            title.setFont(bold);
            title.setWrapText(true);
            whole = format(workbook, WHOLE);
            decimal = format(workbook, DECIMAL);
            percent = format(workbook, PERCENT);
            date = format(workbook, DATE);
            dateTime = format(workbook, DATE_TIME);
        }

        private static CellStyle format(Workbook workbook, String code) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(code));
            return style;
        }
    }
}
