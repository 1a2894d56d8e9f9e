package dk.samvaer.kernel.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;

/**
 * Answers a handler's {@link Table} as CSV ({@code text/csv}) or as an Excel workbook ({@value Xlsx#MEDIA_TYPE}),
 * whichever the caller's {@code Accept} asks for. The workbook comes as a download named after the table, with each
 * column's Danish title from the message bundle ({@code column.<name>}; the name itself where there is none).
 */
@Component
public class TableConverter extends AbstractHttpMessageConverter<Table> {

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");

    private final MessageSource messages;

    public TableConverter(MessageSource messages) {
        super(MediaType.parseMediaType(Csv.MEDIA_TYPE), Xlsx.CONTENT_TYPE);
        this.messages = messages;
    }

    @Override
    protected boolean supports(Class<?> type) {
        return Table.class.isAssignableFrom(type);
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    protected Table readInternal(Class<? extends Table> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("A table is never read from a request.", input);
    }

    @Override
    protected void addDefaultHeaders(HttpHeaders headers, Table table, MediaType contentType) throws IOException {
        // CSV is text in UTF-8 and says so; a workbook is binary and has no charset
        boolean csv = contentType != null && Csv.CONTENT_TYPE.isCompatibleWith(contentType);
        super.addDefaultHeaders(headers, table, csv ? Csv.CONTENT_TYPE : contentType);
        if (Xlsx.CONTENT_TYPE.isCompatibleWith(contentType)
                && !headers.containsHeader(HttpHeaders.CONTENT_DISPOSITION)) {
            headers.setContentDisposition(ContentDisposition.attachment()
                    .filename(table.name() + ".xlsx", StandardCharsets.UTF_8)
                    .build());
        }
    }

    @Override
    protected void writeInternal(Table table, HttpOutputMessage output) throws IOException {
        MediaType type = output.getHeaders().getContentType();
        byte[] body = type != null && Xlsx.CONTENT_TYPE.isCompatibleWith(type)
                ? workbook(table)
                : Csv.write(table).getBytes(StandardCharsets.UTF_8);
        output.getBody().write(body);
    }

    /** The table as a workbook with Danish column titles. */
    public byte[] workbook(Table table) {
        return Xlsx.write(table, column -> messages.getMessage("column." + column, null, column, DANISH));
    }
}
