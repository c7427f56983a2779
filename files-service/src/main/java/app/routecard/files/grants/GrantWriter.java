package app.routecard.files.grants;

import app.routecard.files.revisions.StoredFile;
import app.routecard.files.subjects.SubjectType;
import app.routecard.platform.outbox.IntegrationEvent;
import app.routecard.platform.outbox.Outbox;
import app.routecard.platform.service.problem.InvalidField;
import app.routecard.platform.tenancy.TenantNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Writes grants and their events in the caller's transaction and tenant, for the owner's API and for the grants
 * other services ask for by event alike. Who acts is passed in: a person, or the service that asked.
 */
@ApplicationScoped
public class GrantWriter {

    private final Outbox outbox;
    private final TenantNames tenantNames;

    public GrantWriter(Outbox outbox, TenantNames tenantNames) {
        this.outbox = outbox;
        this.tenantNames = tenantNames;
    }

    /** A grant to make: of one file, or of every file of a subject (present and future). */
    public record NewGrant(String ownerTenant, String granteeTenant, UUID fileId, SubjectType subjectType,
                           UUID subjectId, OffsetDateTime expiresAt, String by, String shareKey, UUID sourceEvent) {
    }

    /** Refuses what no grant may be (naming the field), a grantee that is no organization, a file not there. */
    public FileGrant create(NewGrant request, OffsetDateTime now) {
        GrantPolicy.checkNew(request.ownerTenant(), request.granteeTenant(), request.expiresAt(), now)
                .ifPresent(problem -> {
                    throw new InvalidField(problem[0], problem[1]);
                });
        if (tenantNames.of(request.granteeTenant()).isEmpty()) {
            throw new InvalidField("granteeTenantId", "is no organization on Routecard");
        }
        if (request.fileId() != null && StoredFile.findById(request.fileId()) == null) {
            throw new NotFoundException("No file " + request.fileId());
        }
        FileGrant grant = new FileGrant();
        grant.id = UUID.randomUUID();
        grant.granteeTenant = request.granteeTenant();
        grant.fileId = request.fileId();
        grant.subjectType = request.subjectType();
        grant.subjectId = request.subjectId();
        grant.expiresAt = request.expiresAt();
        grant.createdBy = request.by();
        grant.createdAt = now;
        grant.shareKey = request.shareKey();
        grant.sourceEvent = request.sourceEvent();
        grant.persist();
        outbox.record(new IntegrationEvent("file.grant.created", grant.id.toString(), request.ownerTenant(),
                new GrantEvents.Created(grant.id, grant.granteeTenant, grant.fileId, name(grant.subjectType),
                        grant.subjectId, grant.expiresAt, grant.createdBy)));
        return grant;
    }

    /** Revoking twice changes nothing; the grantee's next request for the file is a 404. */
    public void revoke(FileGrant grant, String ownerTenant, String by, OffsetDateTime now) {
        if (grant.revokedAt != null) {
            return;
        }
        grant.revokedAt = now;
        grant.revokedBy = by;
        outbox.record(new IntegrationEvent("file.grant.revoked", grant.id.toString(), ownerTenant,
                new GrantEvents.Revoked(grant.id, grant.granteeTenant, grant.fileId, name(grant.subjectType),
                        grant.subjectId, by, now)));
    }

    static String name(SubjectType type) {
        return type == null ? null : type.name();
    }
}
