package app.routecard.files;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Files as a client sends them: real PDF / PNG / STEP bytes, posted as multipart/form-data. */
public final class FileFixture {

    private FileFixture() {
    }

    /** A minimal but well-formed PDF of about {@code size} bytes (padding in a comment). */
    public static byte[] pdf(int size) {
        String head = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n";
        String tail = "trailer << /Root 1 0 R >>\n%%EOF\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
        int padding = Math.max(0, size - head.length() - tail.length());
        byte[] line = "% drawing data padding ............................................\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        for (int written = 0; written < padding; written += line.length) {
            out.write(line, 0, Math.min(line.length, padding - written));
        }
        out.writeBytes(tail.getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    /** An 8-byte PNG signature plus an IHDR chunk: what magic detection reads. */
    public static byte[] png() {
        return new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
                0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, (byte) 0x90, 'w', 'S', (byte) 0xde};
    }

    public static byte[] step() {
        return ("ISO-10303-21;\nHEADER;\nFILE_DESCRIPTION(('bracket'),'2;1');\nENDSEC;\nDATA;\nENDSEC;\n"
                + "END-ISO-10303-21;\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** A Windows executable's first bytes. */
    public static byte[] exe() {
        byte[] bytes = new byte[512];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[0x3c] = (byte) 0x80;
        bytes[0x80] = 'P';
        bytes[0x81] = 'E';
        return bytes;
    }

    public static RequestSpecification multipart(String token, String fileName, byte[] bytes) {
        return given().auth().oauth2(token).multiPart("file", fileName, bytes, "application/octet-stream");
    }

    public static Response upload(String token, String fileName, byte[] bytes, Map<String, ?> query) {
        return multipart(token, fileName, bytes).queryParams(query).post("/api/files");
    }
}
