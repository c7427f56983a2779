package app.routecard.files.revisions;

import app.routecard.files.release.FileRelease;
import app.routecard.files.release.ReleaseService;
import app.routecard.files.storage.ObjectStore;
import app.routecard.files.subjects.FileAttachment;
import app.routecard.files.subjects.SubjectType;
import app.routecard.files.upload.Purpose;
import app.routecard.platform.service.paging.ListWindow;
import app.routecard.platform.service.paging.Paged;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A tenant's files: found by subject, purpose or name; one file with its revisions, releases and subjects. */
@RequestScoped
public class FileCatalog {

    private final ObjectStore store;
    private final SecurityIdentity identity;

    public FileCatalog(ObjectStore store, SecurityIdentity identity) {
        this.store = store;
        this.identity = identity;
    }

    @Transactional
    public Paged<FileViews.FileView> list(SubjectType subjectType, UUID subjectId, Purpose purpose, String text,
                                          boolean archived, ListWindow window) {
        StringBuilder where = new StringBuilder(archived ? "archivedAt is not null" : "archivedAt is null");
        Map<String, Object> parameters = new HashMap<>();
        if (subjectType != null && subjectId != null) {
            where.append(" and id in (select a.fileId from FileAttachment a where a.subjectType = :type"
                    + " and a.subjectId = :subject)");
            parameters.put("type", subjectType);
            parameters.put("subject", subjectId);
        }
        if (purpose != null) {
            where.append(" and purpose = :purpose");
            parameters.put("purpose", purpose);
        }
        if (text != null && !text.isBlank()) {
            where.append(" and lower(name) like :text");
            parameters.put("text", "%" + text.trim().toLowerCase(java.util.Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return Paged.of(StoredFile.<StoredFile>find(where.toString(), window.sort("createdAt",
                Sort.Direction.Descending, "id"), parameters), window, this::view);
    }

    @Transactional
    public FileViews.FileView get(UUID fileId) {
        return view(find(fileId));
    }

    /**
     * Archives a file: it leaves the lists and takes no new revision; the bytes of revisions released for a job
     * stay (a shipped job must still show what it was made from), the others are removed.
     */
    @Transactional
    public FileViews.FileView archive(UUID fileId) {
        StoredFile file = StoredFile.findById(fileId, LockModeType.PESSIMISTIC_WRITE);
        if (file == null) {
            throw new NotFoundException("No file " + fileId);
        }
        if (file.archived()) {
            return view(file);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        file.archivedAt = now;
        file.archivedBy = identity.getPrincipal().getName();
        Set<UUID> released = FileRelease.<FileRelease>list("fileId", fileId).stream().map(r -> r.revisionId)
                .collect(Collectors.toSet());
        List<String> removed = new ArrayList<>();
        for (FileRevision revision : FileRevision.ofFile(fileId)) {
            if (!released.contains(revision.id) && revision.deletedAt == null) {
                revision.deletedAt = now;
                removed.add(revision.objectKey);
            }
        }
        FileRevision.getEntityManager().flush();
        removed.forEach(store::delete);
        return view(file);
    }

    @Transactional
    public FileViews.FileView attach(UUID fileId, SubjectType type, UUID subjectId) {
        StoredFile file = find(fileId);
        Revisions.attach(fileId, type, subjectId, identity.getPrincipal().getName(),
                OffsetDateTime.now(ZoneOffset.UTC));
        return view(file);
    }

    private static StoredFile find(UUID fileId) {
        StoredFile file = StoredFile.findById(fileId);
        if (file == null) {
            throw new NotFoundException("No file " + fileId);
        }
        return file;
    }

    private FileViews.FileView view(StoredFile file) {
        List<FileRevision> revisions = FileRevision.ofFile(file.id);
        Map<UUID, String> letters = revisions.stream().collect(Collectors.toMap(r -> r.id, FileRevision::letter));
        List<FileViews.ReleaseView> releases = FileRelease.<FileRelease>list("fileId = ?1 order by releasedAt desc",
                file.id).stream().map(release -> ReleaseService.view(release, letters.get(release.revisionId)))
                .toList();
        List<FileViews.SubjectView> subjects = FileAttachment.<FileAttachment>list("fileId", file.id).stream()
                .map(a -> new FileViews.SubjectView(a.subjectType.name(), a.subjectId)).toList();
        return new FileViews.FileView(file.id, file.name, file.purpose,
                file.revisionCount == 0 ? null : RevisionLetters.of(file.revisionCount), file.revisionCount,
                revisions.stream().map(FileViews.RevisionView::of).toList(), releases, subjects, file.createdBy,
                file.createdAt, file.archived());
    }
}
