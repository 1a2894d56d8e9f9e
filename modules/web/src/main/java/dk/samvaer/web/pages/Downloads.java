package dk.samvaer.web.pages;

import dk.samvaer.kernel.web.Csv;
import dk.samvaer.kernel.web.Table;
import dk.samvaer.kernel.web.Xlsx;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** A report table as a file to save, named after the table: {@code csv} or {@code xlsx}. */
final class Downloads {

    private Downloads() {}

    static ResponseEntity<Table> of(Table table, String format) {
        return ResponseEntity.ok()
                .contentType(format.equals("csv") ? Csv.CONTENT_TYPE : Xlsx.CONTENT_TYPE)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(table.name() + "." + format, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(table);
    }
}
