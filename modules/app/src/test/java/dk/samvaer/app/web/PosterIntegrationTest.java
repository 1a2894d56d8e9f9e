package dk.samvaer.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import dk.samvaer.app.support.ApiIntegrationTest;
import dk.samvaer.app.support.TestKeys;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** An activity's poster (issue 16): an A4 PDF with its title and a QR code that opens its evaluation link. */
class PosterIntegrationTest extends ApiIntegrationTest {

    @Test
    void thePosterIsAnA4PdfWithTheTitleAndAQrCodeThatOpensTheEvaluationLink() throws Exception {
        String activity = activityAt(centreIn("621"), "2025-08-14T14:00:00+02:00");
        String link = api.get("/api/v1/activities/" + activity)
                .json()
                .path("evaluationLink")
                .asString();

        HttpResponse<byte[]> poster = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/api/v1/activities/" + activity + "/poster"))
                                .header("X-API-Key", TestKeys.STAFF_KOLDING)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());

        assertThat(poster.statusCode()).isEqualTo(200);
        assertThat(poster.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(poster.body())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(595.27563f);
            assertThat(new PDFTextStripper().getText(pdf)).contains("Fisketur", "torsdag den 14. august 2025");
            assertThat(decodeQr(new PDFRenderer(pdf).renderImageWithDPI(0, 150)))
                    .isEqualTo("http://localhost:" + port + link);
        }
    }

    @Test
    void aLeaderOfAnotherMunicipalityGetsNoPoster() throws Exception {
        String activity = activityAt(centreIn("621"), "2025-08-15T14:00:00+02:00");

        assertThat(api.as(TestKeys.LEADER_SVENDBORG)
                        .get("/api/v1/activities/" + activity + "/poster")
                        .status())
                .isEqualTo(404);
    }

    private static String decodeQr(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new QRCodeReader()
                .decode(new BinaryBitmap(new HybridBinarizer(source)))
                .getText();
    }
}
