package dk.samvaer.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.MediaType;
import org.springframework.mock.http.MockHttpOutputMessage;

class TableConverterTest {

    private static final Table TABLE =
            Table.named("projektaar-2025", "year", "participants").row(2025, 675L);

    private final TableConverter converter = new TableConverter(new StaticMessageSource());

    @Test
    void csvIsUtf8TextWithTheTablesRows() throws IOException {
        MockHttpOutputMessage out = new MockHttpOutputMessage();

        converter.write(TABLE, MediaType.parseMediaType("text/csv"), out);

        assertThat(out.getHeaders().getContentType()).isEqualTo(Csv.CONTENT_TYPE);
        assertThat(out.getBodyAsString(StandardCharsets.UTF_8)).isEqualTo("year,participants\r\n2025,675\r\n");
    }

    @Test
    void aWorkbookIsADownloadNamedAfterTheTableWithoutACharset() throws IOException {
        MockHttpOutputMessage out = new MockHttpOutputMessage();

        converter.write(TABLE, Xlsx.CONTENT_TYPE, out);

        assertThat(out.getHeaders().getContentType()).isEqualTo(Xlsx.CONTENT_TYPE);
        assertThat(out.getHeaders().getContentDisposition().getType()).isEqualTo("attachment");
        assertThat(out.getHeaders().getContentDisposition().getFilename()).isEqualTo("projektaar-2025.xlsx");
        assertThat(out.getBodyAsBytes()).startsWith('P', 'K');
    }
}
