package app.routecard.files.revisions;

import app.routecard.files.upload.Purpose;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What files-service answers about files, revisions and their releases. */
public final class FileViews {

    private FileViews() {
    }

    public record RevisionView(UUID id, int number, String revision, String originalName, String contentType,
                               long sizeBytes, String sha256, String uploadedBy, OffsetDateTime uploadedAt,
                               boolean available) {
        public static RevisionView of(FileRevision revision) {
            return new RevisionView(revision.id, revision.number, revision.letter(), revision.originalName,
                    revision.contentType, revision.sizeBytes, revision.sha256, revision.uploadedBy,
                    revision.uploadedAt, revision.deletedAt == null);
        }
    }

    /** A release of one of the file's revisions for a job; {@code current} until a newer one supersedes it. */
    public record ReleaseView(UUID id, UUID jobId, UUID revisionId, String revision, String releasedBy,
                              OffsetDateTime releasedAt, boolean current, OffsetDateTime supersededAt) {
    }

    public record SubjectView(String type, UUID id) {
    }

    public record FileView(UUID id, String name, Purpose purpose, String latestRevision, int revisionCount,
                           List<RevisionView> revisions, List<ReleaseView> releases, List<SubjectView> subjects,
                           String createdBy, OffsetDateTime createdAt, boolean archived) {
    }
}
