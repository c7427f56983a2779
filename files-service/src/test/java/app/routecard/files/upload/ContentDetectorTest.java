package app.routecard.files.upload;

import static org.assertj.core.api.Assertions.assertThat;

import app.routecard.files.FileFixture;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentDetectorTest {

    private static String detect(byte[] bytes) {
        return ContentDetector.detect(bytes, bytes.length);
    }

    @Test
    void drawings_are_known_by_their_bytes() {
        assertThat(detect(FileFixture.pdf(1000))).isEqualTo("application/pdf");
        assertThat(detect(FileFixture.png())).isEqualTo("image/png");
        assertThat(detect(FileFixture.step())).isEqualTo("model/step");
        String iges = String.format("%-72sS%7d%n", "Bracket, exported by a CAD system", 1)
                + String.format("%-72sG%7d%n", "1H,,1H;,7HBRACKET,", 1);
        assertThat(detect(iges.getBytes(StandardCharsets.US_ASCII))).isEqualTo("model/iges");
        assertThat(detect("  0\nSECTION\n  2\nHEADER\n  9\n$ACADVER\n  1\nAC1015\n".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("image/vnd.dxf");
        assertThat(detect("AC1032\0\0\0\0\0\0\0\0".getBytes(StandardCharsets.US_ASCII))).isEqualTo("image/vnd.dwg");
    }

    @Test
    void what_the_bytes_are_wins_over_any_name_or_claim() {
        assertThat(detect(FileFixture.exe())).isEqualTo("application/x-msdownload");
        assertThat(detect("just some text\n".getBytes(StandardCharsets.US_ASCII))).isEqualTo("text/plain");
        assertThat(detect(new byte[0])).isEqualTo("application/octet-stream");
    }
}
