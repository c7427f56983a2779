package app.routecard.files.upload;

import app.routecard.platform.service.problem.InvalidField;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.fileupload2.core.AbstractFileUpload;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.core.RequestContext;

/**
 * The file part of a {@code multipart/form-data} request body, read as a stream straight from the request (Apache
 * Commons FileUpload's streaming API: nothing is buffered in memory or written to disk). Small text fields before
 * the file part are kept; the file part must be named {@value #FILE_FIELD}.
 */
public final class MultipartFile {

    public static final String FILE_FIELD = "file";
    /** Room in a request for the multipart headers and small fields around the file's bytes. */
    public static final long ENVELOPE_BYTES = 64 * 1024;
    private static final int MAX_FIELD_BYTES = 4096;

    /** The file part: its client-side name (not yet neutralized), its bytes, and the text fields before it. */
    public record Part(String clientName, InputStream bytes, Map<String, String> fields) {
    }

    private MultipartFile() {
    }

    /** Reads up to the file part; a body without one is a 400 naming {@value #FILE_FIELD}. */
    public static Part read(InputStream body, String contentType, long contentLength) {
        Parser parser = new Parser();
        Map<String, String> fields = new LinkedHashMap<>();
        try {
            FileItemInputIterator items = parser.getItemIterator(new Request(body, contentType, contentLength));
            while (items.hasNext()) {
                FileItemInput item = items.next();
                if (item.isFormField()) {
                    byte[] value = item.getInputStream().readNBytes(MAX_FIELD_BYTES + 1);
                    if (value.length > MAX_FIELD_BYTES) {
                        throw new InvalidField(item.getFieldName(), "is longer than " + MAX_FIELD_BYTES + " bytes");
                    }
                    fields.put(item.getFieldName(), new String(value, StandardCharsets.UTF_8));
                } else if (FILE_FIELD.equals(item.getFieldName())) {
                    return new Part(item.getName(), item.getInputStream(), fields);
                }
            }
        } catch (FileUploadException e) {
            throw new InvalidField(FILE_FIELD, "is not readable multipart/form-data: " + e.getMessage());
        } catch (IOException e) {
            throw new InvalidField(FILE_FIELD, "the request ended before its file part did");
        }
        throw new InvalidField(FILE_FIELD, "is missing: send the bytes as the multipart part named 'file'");
    }

    private record Request(InputStream body, String contentType, long contentLength) implements RequestContext {
        @Override
        public String getCharacterEncoding() {
            return StandardCharsets.UTF_8.name();
        }

        @Override
        public long getContentLength() {
            return contentLength;
        }

        @Override
        public String getContentType() {
            return contentType;
        }

        @Override
        public InputStream getInputStream() {
            return body;
        }

        @Override
        public boolean isMultipartRelated() {
            return false;
        }
    }

    /** FileUpload's streaming parser over a plain request (no servlet). */
    private static final class Parser extends AbstractFileUpload<Request, DiskFileItem, DiskFileItemFactory> {
        Parser() {
            setHeaderCharset(StandardCharsets.UTF_8);
        }

        @Override
        public FileItemInputIterator getItemIterator(Request request) throws FileUploadException, IOException {
            return super.getItemIterator((RequestContext) request);
        }

        @Override
        public Map<String, List<DiskFileItem>> parseParameterMap(Request request) throws FileUploadException {
            return super.parseParameterMap((RequestContext) request);
        }

        @Override
        public List<DiskFileItem> parseRequest(Request request) throws FileUploadException {
            return super.parseRequest((RequestContext) request);
        }
    }
}
