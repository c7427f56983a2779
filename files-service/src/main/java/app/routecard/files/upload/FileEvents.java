package app.routecard.files.upload;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The data of files-service's events ({@code routecard.file} topic; schemas in platform/events). */
public final class FileEvents {

    private FileEvents() {
    }

    /** A revision's bytes were stored: {@code file.uploaded}. */
    public record Uploaded(UUID fileId, String name, String purpose, UUID revisionId, int revisionNumber,
                           String revision, String originalName, String contentType, long sizeBytes, String sha256,
                           String subjectType, UUID subjectId, String uploadedBy) {
    }

    /** A revision was released for a job: {@code file.released}. */
    public record Released(UUID fileId, String name, UUID revisionId, int revisionNumber, String revision,
                           UUID jobId, String releasedBy, OffsetDateTime releasedAt) {
    }

    /** A newer revision's release for the job replaced this one: {@code file.superseded}. */
    public record Superseded(UUID fileId, String name, UUID revisionId, String revision, UUID jobId,
                             UUID supersededByRevisionId, String supersededByRevision, OffsetDateTime supersededAt) {
    }
}
