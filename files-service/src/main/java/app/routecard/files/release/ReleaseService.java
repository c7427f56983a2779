package app.routecard.files.release;

import app.routecard.files.revisions.FileRevision;
import app.routecard.files.revisions.FileViews;
import app.routecard.files.revisions.Revisions;
import app.routecard.files.revisions.StoredFile;
import app.routecard.files.subjects.SubjectType;
import app.routecard.files.upload.FileEvents;
import app.routecard.platform.outbox.IntegrationEvent;
import app.routecard.platform.outbox.Outbox;
import app.routecard.platform.service.rules.Refusal;
import app.routecard.platform.tenancy.CurrentTenant;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Releases a file's revision for a job: the job's current release of that file is superseded in the same
 * transaction, and {@code file.superseded} then {@code file.released} go out (one key, so in that order).
 */
@RequestScoped
public class ReleaseService {

    private final Outbox outbox;
    private final CurrentTenant tenant;
    private final SecurityIdentity identity;

    public ReleaseService(Outbox outbox, CurrentTenant tenant, SecurityIdentity identity) {
        this.outbox = outbox;
        this.tenant = tenant;
        this.identity = identity;
    }

    @Transactional
    public FileViews.ReleaseView release(UUID fileId, int number, UUID jobId) {
        StoredFile file = StoredFile.findById(fileId, LockModeType.PESSIMISTIC_WRITE);
        if (file == null) {
            throw new NotFoundException("No file " + fileId);
        }
        FileRevision revision = FileRevision.ofFile(fileId, number);
        if (revision == null) {
            throw new NotFoundException("No revision " + number + " of file " + fileId);
        }
        FileRelease current = FileRelease.find("fileId = ?1 and jobId = ?2 and supersededAt is null", fileId, jobId)
                .firstResult();
        FileRevision currentRevision = current == null ? null : FileRevision.findById(current.revisionId);
        Refusal.throwIfPresent(ReleasePolicy.checkRelease(number,
                currentRevision == null ? null : currentRevision.number, file.archived(),
                revision.deletedAt == null));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String user = identity.getPrincipal().getName();
        if (current != null) {
            current.supersededAt = now;
            current.supersededByRevision = revision.id;
            // before the new release is inserted: the partial unique index allows one current release
            FileRelease.getEntityManager().flush();
            outbox.record(new IntegrationEvent("file.superseded", fileId.toString(), tenant.id(),
                    new FileEvents.Superseded(fileId, file.name, currentRevision.id, currentRevision.letter(), jobId,
                            revision.id, revision.letter(), now)));
        }
        FileRelease release = new FileRelease();
        release.id = UUID.randomUUID();
        release.fileId = fileId;
        release.revisionId = revision.id;
        release.jobId = jobId;
        release.releasedBy = user;
        release.releasedAt = now;
        release.persist();
        Revisions.attach(fileId, SubjectType.JOB, jobId, user, now);
        outbox.record(new IntegrationEvent("file.released", fileId.toString(), tenant.id(),
                new FileEvents.Released(fileId, file.name, revision.id, revision.number, revision.letter(), jobId,
                        user, now)));
        return view(release, revision.letter());
    }

    /** A job's releases, current first, each with its file's name and revision. */
    @Transactional
    public List<JobFile> ofJob(UUID jobId, boolean currentOnly) {
        List<FileRelease> releases = FileRelease.list(currentOnly ? "jobId = ?1 and supersededAt is null"
                : "jobId = ?1 order by supersededAt nulls first, releasedAt desc", jobId);
        if (releases.isEmpty()) {
            return List.of();
        }
        Map<UUID, StoredFile> files = StoredFile.<StoredFile>list("id in ?1",
                releases.stream().map(r -> r.fileId).distinct().toList()).stream()
                .collect(Collectors.toMap(f -> f.id, Function.identity()));
        Map<UUID, FileRevision> revisions = FileRevision.<FileRevision>list("id in ?1",
                releases.stream().map(r -> r.revisionId).distinct().toList()).stream()
                .collect(Collectors.toMap(r -> r.id, Function.identity()));
        return releases.stream().map(release -> {
            StoredFile file = files.get(release.fileId);
            FileRevision revision = revisions.get(release.revisionId);
            return new JobFile(file.id, file.name, revision.number, revision.letter(), revision.originalName,
                    revision.contentType, revision.sizeBytes, release.current(), release.releasedAt,
                    release.supersededAt);
        }).toList();
    }

    /** One of a job's released files, as the job page, floor page and traveler list it. */
    public record JobFile(UUID fileId, String name, int revisionNumber, String revision, String originalName,
                          String contentType, long sizeBytes, boolean current, OffsetDateTime releasedAt,
                          OffsetDateTime supersededAt) {
    }

    /** A release as the file's page shows it, with its revision's letter. */
    public static FileViews.ReleaseView view(FileRelease release, String revision) {
        return new FileViews.ReleaseView(release.id, release.jobId, release.revisionId, revision,
                release.releasedBy, release.releasedAt, release.current(), release.supersededAt);
    }
}
