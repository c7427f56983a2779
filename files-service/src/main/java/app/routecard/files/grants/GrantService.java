package app.routecard.files.grants;

import app.routecard.files.subjects.SubjectType;
import app.routecard.platform.service.paging.ListWindow;
import app.routecard.platform.service.paging.Paged;
import app.routecard.platform.tenancy.CurrentTenant;
import app.routecard.platform.tenancy.TenantNames;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The owner's side of grants: share a file, or every file of a subject, with another tenant; list; revoke. */
@RequestScoped
public class GrantService {

    private final GrantWriter writer;
    private final CurrentTenant tenant;
    private final TenantNames tenantNames;
    private final SecurityIdentity identity;

    public GrantService(GrantWriter writer, CurrentTenant tenant, TenantNames tenantNames,
                        SecurityIdentity identity) {
        this.writer = writer;
        this.tenant = tenant;
        this.tenantNames = tenantNames;
        this.identity = identity;
    }

    public record GrantView(UUID id, String granteeTenantId, String granteeName, UUID fileId, String subjectType,
                            UUID subjectId, OffsetDateTime expiresAt, boolean active, OffsetDateTime revokedAt,
                            String createdBy, OffsetDateTime createdAt) {
    }

    @Transactional
    public GrantView create(String granteeTenant, UUID fileId, SubjectType subjectType, UUID subjectId,
                            OffsetDateTime expiresAt) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        FileGrant grant = writer.create(new GrantWriter.NewGrant(tenant.id(), granteeTenant, fileId, subjectType,
                subjectId, expiresAt, identity.getPrincipal().getName(), null, null), now);
        return view(grant, now);
    }

    @Transactional
    public Paged<GrantView> list(UUID fileId, SubjectType subjectType, UUID subjectId, ListWindow window) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (fileId != null) {
            where.append(" and fileId = :file");
            parameters.put("file", fileId);
        }
        if (subjectType != null && subjectId != null) {
            where.append(" and subjectType = :type and subjectId = :subject");
            parameters.put("type", subjectType);
            parameters.put("subject", subjectId);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return Paged.of(FileGrant.<FileGrant>find(where.toString(), window.sort("createdAt",
                Sort.Direction.Descending, "id"), parameters), window, grant -> view(grant, now));
    }

    /** Revoking twice changes nothing; the grantee's next request for the file is a 404. */
    @Transactional
    public GrantView revoke(UUID grantId) {
        FileGrant grant = FileGrant.findById(grantId, LockModeType.PESSIMISTIC_WRITE);
        if (grant == null) {
            throw new NotFoundException("No grant " + grantId);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        writer.revoke(grant, tenant.id(), identity.getPrincipal().getName(), now);
        return view(grant, now);
    }

    private GrantView view(FileGrant grant, OffsetDateTime now) {
        return new GrantView(grant.id, grant.granteeTenant, tenantNames.of(grant.granteeTenant).orElse(null),
                grant.fileId, GrantWriter.name(grant.subjectType), grant.subjectId, grant.expiresAt,
                GrantPolicy.active(grant.expiresAt, grant.revokedAt, now), grant.revokedAt, grant.createdBy,
                grant.createdAt);
    }

}
