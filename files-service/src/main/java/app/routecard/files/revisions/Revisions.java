package app.routecard.files.revisions;

import app.routecard.files.storage.ObjectStore;
import app.routecard.files.subjects.FileAttachment;
import app.routecard.files.subjects.SubjectType;
import app.routecard.files.upload.FileEvents;
import app.routecard.files.upload.Purpose;
import app.routecard.platform.outbox.IntegrationEvent;
import app.routecard.platform.outbox.Outbox;
import app.routecard.platform.service.rules.Refusal;
import app.routecard.platform.tenancy.CurrentTenant;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes a stored upload as a file's next revision: the metadata row, the promotion of the bytes to the revision's
 * key and the {@code file.uploaded} event commit together; a failure removes the promoted object again.
 */
@RequestScoped
public class Revisions {

    private final ObjectStore store;
    private final Outbox outbox;
    private final CurrentTenant tenant;
    private final SecurityIdentity identity;
    private final TransactionSynchronizationRegistry transactions;

    public Revisions(ObjectStore store, Outbox outbox, CurrentTenant tenant, SecurityIdentity identity,
                     TransactionSynchronizationRegistry transactions) {
        this.store = store;
        this.outbox = outbox;
        this.tenant = tenant;
        this.identity = identity;
        this.transactions = transactions;
    }

    /** Where a revision's bytes live. */
    public static String objectKey(String tenantId, UUID fileId, int number) {
        return "tenants/" + tenantId + "/files/" + fileId + "/rev/" + number;
    }

    /** An upload of a new file (its revision A), or of the next revision of {@code existing}. */
    public record NewRevision(Optional<UUID> existing, String name, Purpose purpose, SubjectType subjectType,
                              UUID subjectId, String originalName, ObjectStore.Staged staged) {
    }

    @Transactional
    public FileRevision record(NewRevision upload) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String user = identity.getPrincipal().getName();
        StoredFile file = upload.existing().map(this::lockForNewRevision).orElseGet(() -> {
            StoredFile created = new StoredFile();
            created.id = UUID.randomUUID();
            created.name = upload.name();
            created.purpose = upload.purpose();
            created.createdBy = user;
            created.createdAt = now;
            created.persist();
            return created;
        });
        file.revisionCount += 1;
        FileRevision revision = new FileRevision();
        revision.id = UUID.randomUUID();
        revision.fileId = file.id;
        revision.number = file.revisionCount;
        revision.originalName = upload.originalName();
        revision.contentType = upload.staged().contentType();
        revision.sizeBytes = upload.staged().size();
        revision.sha256 = upload.staged().sha256();
        revision.objectKey = objectKey(tenant.id(), file.id, revision.number);
        revision.uploadedBy = user;
        revision.uploadedAt = now;
        revision.persist();
        if (upload.subjectType() != null) {
            attach(file.id, upload.subjectType(), upload.subjectId(), user, now);
        }
        outbox.record(new IntegrationEvent("file.uploaded", file.id.toString(), tenant.id(),
                new FileEvents.Uploaded(file.id, file.name, file.purpose.name(), revision.id, revision.number,
                        revision.letter(), revision.originalName, revision.contentType, revision.sizeBytes,
                        revision.sha256, upload.subjectType() == null ? null : upload.subjectType().name(),
                        upload.subjectId(), user)));
        // Last, so that a refusal above leaves no object; a commit that fails after it takes the object away again.
        store.promote(upload.staged().key(), revision.objectKey);
        String promoted = revision.objectKey;
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    store.delete(promoted);
                }
            }
        });
        return revision;
    }

    /** Puts the file with a subject, once (attaching again changes nothing). */
    public static void attach(UUID fileId, SubjectType type, UUID subjectId, String user, OffsetDateTime now) {
        if (FileAttachment.count("fileId = ?1 and subjectType = ?2 and subjectId = ?3", fileId, type, subjectId)
                > 0) {
            return;
        }
        FileAttachment attachment = new FileAttachment();
        attachment.id = UUID.randomUUID();
        attachment.fileId = fileId;
        attachment.subjectType = type;
        attachment.subjectId = subjectId;
        attachment.attachedBy = user;
        attachment.attachedAt = now;
        attachment.persist();
    }

    private StoredFile lockForNewRevision(UUID fileId) {
        StoredFile file = StoredFile.findById(fileId, LockModeType.PESSIMISTIC_WRITE);
        if (file == null) {
            throw new NotFoundException("No file " + fileId);
        }
        Refusal.throwIfPresent(FilePolicy.checkNewRevision(file.archived()));
        return file;
    }
}
