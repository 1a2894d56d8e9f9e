package dk.samvaer.web.posters;

import com.google.zxing.common.BitMatrix;
import dk.samvaer.activities.api.ActivityView;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An activity's printable A4 poster (PDFBox): title, day and time, the centre and whether it is at the centre or
 * out, description, transport, accessibility notes, and the QR code of its evaluation link with the address beside it.
 * Every label is Danish from the message bundle. Helvetica's Latin-1 covers Danish; a character it lacks prints as
 * "?" rather than failing the poster.
 */
@Component
public class Posters {

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final Locale DANISH = Locale.forLanguageTag("da-DK");

    private final MessageSource messages;

    Posters(MessageSource messages) {
        this.messages = messages;
    }

    /** The poster as PDF; {@code evaluationUrl} is the address the QR code opens (null: no code on it). */
    public byte[] pdf(ActivityView activity, String centreName, String evaluationUrl) {
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            document.getDocumentInformation().setTitle(activity.title());
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                Writer writer = new Writer(content, PDRectangle.A4.getHeight() - MARGIN);
                writer.paragraph(bold, 40, activity.title());
                writer.space(8);
                writer.paragraph(bold, 20, when(activity));
                writer.paragraph(regular, 16, centreName + " · " + text("setting." + activity.setting()));
                writer.space(16);
                writer.optional(regular, 14, null, activity.description());
                writer.optional(regular, 14, text("field.transport.plain"), activity.transport());
                writer.optional(regular, 14, text("field.accessibilityNotes.plain"), activity.accessibilityNotes());
                if (evaluationUrl != null) {
                    writer.space(24);
                    writer.paragraph(bold, 16, text("poster.evaluate"));
                    float size = 170;
                    qr(content, QrCodes.matrix(evaluationUrl), MARGIN, writer.y - size, size);
                    writer.y -= size + 8;
                    writer.paragraph(regular, 10, evaluationUrl);
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make the poster", e);
        }
    }

    private String when(ActivityView activity) {
        return activity.startsAt().format(java.time.format.DateTimeFormatter.ofPattern(text("poster.when"), DANISH));
    }

    private String text(String key) {
        return messages.getMessage(key, null, DANISH);
    }

    private static void qr(PDPageContentStream content, BitMatrix matrix, float x, float y, float size)
            throws IOException {
        float module = size / matrix.getWidth();
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int column = 0; column < matrix.getWidth(); column++) {
                if (matrix.get(column, row)) {
                    content.addRect(x + column * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        content.fill();
    }

    /** Writes lines top-down, wrapping words to the page's width. */
    private static final class Writer {

        private final PDPageContentStream content;
        private float y;

        Writer(PDPageContentStream content, float top) {
            this.content = content;
            this.y = top;
        }

        void space(float points) {
            y -= points;
        }

        void optional(PDType1Font font, float size, String label, String value) throws IOException {
            if (value != null && !value.isBlank()) {
                paragraph(font, size, label == null ? value : label + ": " + value);
                space(6);
            }
        }

        void paragraph(PDType1Font font, float size, String text) throws IOException {
            for (String line : wrap(font, size, printable(font, text))) {
                y -= size * 1.25f;
                content.beginText();
                content.setFont(font, size);
                content.newLineAtOffset(MARGIN, y);
                content.showText(line);
                content.endText();
            }
        }

        private static List<String> wrap(PDType1Font font, float size, String text) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split("\\s+")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > WIDTH) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
            return lines;
        }

        /** The text with every character the font cannot show replaced by '?'. */
        private static String printable(PDType1Font font, String text) {
            StringBuilder out = new StringBuilder();
            text.codePoints().forEach(c -> {
                String one = new String(Character.toChars(c));
                try {
                    font.encode(one);
                    out.append(one);
                } catch (IOException | IllegalArgumentException e) {
                    out.append('?');
                }
            });
            return out.toString();
        }
    }
}
