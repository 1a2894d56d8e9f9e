package dk.samvaer.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxTest {

    private static final DataFormatter DANISH = new DataFormatter(Locale.forLanguageTag("da-DK"));

    private static final Table TABLE = Table.named(
                    "projektaar-2025",
                    "municipalityName",
                    "participants",
                    "newParticipantShare",
                    "medianDaysToArrival",
                    "heldOn",
                    "recordedAt",
                    "changed")
            .row(
                    "Kolding",
                    1234L,
                    new BigDecimal("0.3037"),
                    new BigDecimal("8.5"),
                    LocalDate.of(2025, 12, 3),
                    Instant.parse("2025-06-01T10:15:30Z"),
                    true)
            .row("=HYPERLINK(\"http://x\")", "..", null, null, null, null, false);

    @Test
    void theFirstRowHoldsEachColumnsTitleForPeople() throws IOException {
        Row titles = sheet().getRow(0);

        assertThat(titles.getCell(0).getStringCellValue()).isEqualTo("Kommune");
        assertThat(titles.getCell(1).getStringCellValue()).isEqualTo("participants");
    }

    @Test
    void countsAreNumbersShownWithDanishGrouping() throws IOException {
        var cell = sheet().getRow(1).getCell(1);

        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DANISH.formatCellValue(cell)).isEqualTo("1.234");
    }

    @Test
    void aShareIsAPercentageWithADecimalComma() throws IOException {
        var cell = sheet().getRow(1).getCell(2);

        assertThat(cell.getNumericCellValue()).isEqualTo(0.3037);
        assertThat(DANISH.formatCellValue(cell)).isEqualTo("30,4%");
    }

    @Test
    void anOtherDecimalHasADecimalComma() throws IOException {
        assertThat(DANISH.formatCellValue(sheet().getRow(1).getCell(3))).isEqualTo("8,5");
    }

    @Test
    void aDateIsADateShownTheDanishWay() throws IOException {
        var cell = sheet().getRow(1).getCell(4);

        assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 12, 3));
        assertThat(DANISH.formatCellValue(cell)).isEqualTo("03-12-2025");
    }

    @Test
    void anInstantIsTheDanishLocalTime() throws IOException {
        assertThat(DANISH.formatCellValue(sheet().getRow(1).getCell(5))).isEqualTo("01-06-2025 12:15:30");
    }

    @Test
    void aBooleanIsABoolean() throws IOException {
        assertThat(sheet().getRow(1).getCell(6).getBooleanCellValue()).isTrue();
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() throws IOException {
        var cell = sheet().getRow(2).getCell(0);

        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
    }

    @Test
    void aSuppressedFigureKeepsItsMarkAndANullIsAnEmptyCell() throws IOException {
        Row second = sheet().getRow(2);

        assertThat(second.getCell(1).getStringCellValue()).isEqualTo("..");
        assertThat(second.getCell(2)).isNull();
    }

    @Test
    void theSheetIsNamedAfterTheTable() throws IOException {
        assertThat(sheet().getSheetName()).isEqualTo("projektaar-2025");
    }

    private static Sheet sheet() throws IOException {
        byte[] bytes = Xlsx.write(TABLE, column -> column.equals("municipalityName") ? "Kommune" : column);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            return workbook.getSheetAt(0);
        }
    }
}
