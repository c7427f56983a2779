package app.routecard.files.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * A file's content type from its first bytes alone, by Apache Tika's magic (plus our {@code custom-mimetypes.xml} for
 * STEP and IGES). The client's name and declared type are not consulted: a PNG called {@code drawing.pdf} is a
 * PNG, and a text file called {@code part.step} is text.
 */
public final class ContentDetector {

    /** How much of the beginning of a file the detection reads. */
    public static final int HEAD_BYTES = 64 * 1024;

    private static final Detector DETECTOR = TikaConfig.getDefaultConfig().getDetector();

    private ContentDetector() {
    }

    /** The base media type ({@code image/vnd.dxf}, not {@code image/vnd.dxf; format=ascii}). */
    public static String detect(byte[] head, int length) {
        try (ByteArrayInputStream bytes = new ByteArrayInputStream(head, 0, length)) {
            MediaType type = DETECTOR.detect(bytes, new Metadata());
            return type.getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
