package app.routecard.files.download;

import app.routecard.files.revisions.FileRevision;
import app.routecard.files.revisions.StoredFile;
import app.routecard.files.storage.FilesSettings;
import app.routecard.files.storage.ObjectStore;
import app.routecard.files.upload.FileNames;
import app.routecard.platform.service.paging.ListWindow;
import app.routecard.platform.service.paging.Paged;
import app.routecard.platform.tenancy.CurrentTenant;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Hands out a download link for a revision after the authorization check, and writes who got it in the owner's
 * audit. The bytes never pass through the service: the link goes straight to the object store and expires within
 * {@link FilesSettings#downloadUrlValidity()} (at most five minutes).
 */
@RequestScoped
public class DownloadService {

    static final Duration LONGEST_VALIDITY = Duration.ofMinutes(5);

    private final ObjectStore store;
    private final FilesSettings settings;
    private final CurrentTenant tenant;
    private final SecurityIdentity identity;

    public DownloadService(ObjectStore store, FilesSettings settings, CurrentTenant tenant,
                           SecurityIdentity identity) {
        this.store = store;
        this.settings = settings;
        this.tenant = tenant;
        this.identity = identity;
    }

    /** A link to a revision's bytes, valid for a few minutes. */
    public record DownloadLink(URI url, OffsetDateTime expiresAt, String fileName, String contentType,
                               long sizeBytes, String sha256) {
    }

    public record DownloadEntry(String downloadedBy, String byTenant, String revision, OffsetDateTime at) {
    }

    @Transactional
    public DownloadLink link(UUID fileId, int number) {
        return linkFor(fileId, number, tenant.id(), null);
    }

    /**
     * A link for a caller of {@code byTenant}: the owner's own users, or a grantee's through {@code viaGrant}
     * (then this runs inside the owner's tenant, and the audit row is the owner's).
     */
    @Transactional
    public DownloadLink linkFor(UUID fileId, int number, String byTenant, UUID viaGrant) {
        StoredFile file = StoredFile.findById(fileId);
        FileRevision revision = file == null ? null : FileRevision.ofFile(fileId, number);
        if (revision == null || revision.deletedAt != null) {
            throw new NotFoundException("No revision " + number + " of file " + fileId);
        }
        Duration validity = settings.downloadUrlValidity().compareTo(LONGEST_VALIDITY) > 0 ? LONGEST_VALIDITY
                : settings.downloadUrlValidity();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        URI url = store.presignDownload(revision.objectKey, FileNames.contentDisposition(revision.originalName),
                revision.contentType, validity);
        FileDownload download = new FileDownload();
        download.id = UUID.randomUUID();
        download.fileId = fileId;
        download.revisionId = revision.id;
        download.downloadedBy = identity.getPrincipal().getName();
        download.byTenant = byTenant;
        download.viaGrant = viaGrant;
        download.at = now;
        download.persist();
        return new DownloadLink(url, now.plus(validity), revision.originalName, revision.contentType,
                revision.sizeBytes, revision.sha256);
    }

    @Transactional
    public Paged<DownloadEntry> log(UUID fileId, ListWindow window) {
        if (StoredFile.findById(fileId) == null) {
            throw new NotFoundException("No file " + fileId);
        }
        java.util.Map<UUID, String> letters = new java.util.HashMap<>();
        FileRevision.ofFile(fileId).forEach(revision -> letters.put(revision.id, revision.letter()));
        return Paged.of(FileDownload.<FileDownload>find("fileId", window.sort("at", Sort.Direction.Descending, "id"),
                        fileId), window,
                download -> new DownloadEntry(download.downloadedBy, download.byTenant,
                        letters.get(download.revisionId), download.at));
    }
}
