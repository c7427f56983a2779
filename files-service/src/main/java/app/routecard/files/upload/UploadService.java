package app.routecard.files.upload;

import app.routecard.files.revisions.FileRevision;
import app.routecard.files.revisions.Revisions;
import app.routecard.files.revisions.StoredFile;
import app.routecard.files.storage.FilesSettings;
import app.routecard.files.storage.ObjectStore;
import app.routecard.files.subjects.SubjectType;
import app.routecard.platform.service.problem.InvalidField;
import app.routecard.platform.tenancy.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.NotFoundException;
import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;

/**
 * An upload from request to revision: the file part is streamed into a staging object (its type checked from its
 * first bytes before anything is stored, its size and SHA-256 measured on the way), then recorded as a revision.
 * Whatever fails leaves neither a row nor an object (the staging object is deleted; the sweep catches a crash).
 */
@RequestScoped
public class UploadService {

    private final ObjectStore store;
    private final Revisions revisions;
    private final FilesSettings settings;
    private final CurrentTenant tenant;

    public UploadService(ObjectStore store, Revisions revisions, FilesSettings settings, CurrentTenant tenant) {
        this.store = store;
        this.revisions = revisions;
        this.settings = settings;
        this.tenant = tenant;
    }

    /** What the client says about the upload besides its bytes. */
    public record Upload(Optional<UUID> existingFile, String name, Purpose purpose, SubjectType subjectType,
                         UUID subjectId, String expectedSha256) {
    }

    /** {@code body} is the request's multipart body, {@code contentLength} its declared length (-1 unknown). */
    public FileRevision upload(Upload upload, InputStream body, String contentType, long contentLength) {
        if (contentLength > settings.maxUploadBytes() + MultipartFile.ENVELOPE_BYTES) {
            throw new ObjectStore.TooLarge(settings.maxUploadBytes());
        }
        MultipartFile.Part part = MultipartFile.read(body, contentType, contentLength);
        Purpose purpose = upload.existingFile().map(this::purposeOf).orElse(upload.purpose());
        String originalName = FileNames.neutralize(part.clientName());
        String name = upload.name() == null || upload.name().isBlank() ? originalName
                : FileNames.neutralize(upload.name());
        String stagingKey = "tenants/" + tenant.id() + "/staging/" + UUID.randomUUID();
        ObjectStore.Staged staged = store.stage(stagingKey, part.bytes(), settings.maxUploadBytes(), type -> {
            if (!purpose.allows(type)) {
                throw new UnsupportedType(purpose, type);
            }
        });
        try {
            if (upload.expectedSha256() != null && !upload.expectedSha256().equalsIgnoreCase(staged.sha256())) {
                throw new InvalidField("sha256", "does not match the bytes received (their SHA-256 is "
                        + staged.sha256() + ")");
            }
            return revisions.record(new Revisions.NewRevision(upload.existingFile(), name, purpose,
                    upload.subjectType(), upload.subjectId(), originalName, staged));
        } finally {
            store.delete(staged.key());
        }
    }

    private Purpose purposeOf(UUID fileId) {
        StoredFile file = StoredFile.findById(fileId);
        if (file == null) {
            throw new NotFoundException("No file " + fileId);
        }
        return file.purpose;
    }

    /** The bytes are not a type the file's purpose allows: 415. */
    public static class UnsupportedType extends RuntimeException {
        private final Purpose purpose;
        private final String contentType;

        public UnsupportedType(Purpose purpose, String contentType) {
            super(contentType + " is not accepted for a " + purpose, null, false, false);
            this.purpose = purpose;
            this.contentType = contentType;
        }

        public Purpose purpose() {
            return purpose;
        }

        public String contentType() {
            return contentType;
        }
    }
}
