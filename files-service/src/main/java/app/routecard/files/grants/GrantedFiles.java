package app.routecard.files.grants;

import app.routecard.files.download.DownloadService;
import app.routecard.files.revisions.FileCatalog;
import app.routecard.files.revisions.FileViews;
import app.routecard.platform.service.persistence.NativeValues;
import app.routecard.platform.tenancy.CurrentTenant;
import app.routecard.platform.tenancy.TenantNames;
import app.routecard.platform.tenancy.TenantTransactions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.NotFoundException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The grantee's side: the files other tenants granted to this one, and links to their bytes. The grant is found
 * across tenants (the grantee cannot see the owner's rows), then everything is read, and the download written to
 * the owner's audit, inside the owner's tenant. No active grant, and the file is as absent as any other: 404.
 */
@RequestScoped
public class GrantedFiles {

    private final CurrentTenant tenant;
    private final TenantNames tenantNames;
    private final FileCatalog catalog;
    private final DownloadService downloads;
    private final EntityManager entities;

    public GrantedFiles(CurrentTenant tenant, TenantNames tenantNames, FileCatalog catalog,
                        DownloadService downloads, EntityManager entities) {
        this.tenant = tenant;
        this.tenantNames = tenantNames;
        this.catalog = catalog;
        this.downloads = downloads;
        this.entities = entities;
    }

    /** A file granted to this tenant: whose it is, until when, and the file as its owner sees it. */
    public record GrantedFile(String ownerTenantId, String ownerName, OffsetDateTime grantedUntil,
                              FileViews.FileView file) {
    }

    /** The grant (and its owner) that lets this tenant read a file now. */
    private record Access(UUID grantId, String ownerTenant, OffsetDateTime expiresAt) {
    }

    public List<GrantedFile> list() {
        String me = tenant.id();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Object[]> rows = TenantTransactions.allTenants(
                "a tenant lists the files other tenants granted to it: found by grantee",
                () -> rows("""
                        select distinct on (f.id) f.id, g.tenant_id, g.expires_at
                        from file_grant g join stored_file f on f.tenant_id = g.tenant_id
                        where g.grantee_tenant = :me and g.revoked_at is null and g.expires_at > :now
                          and f.archived_at is null
                          and (f.id = g.file_id or exists (select 1 from file_attachment a where a.file_id = f.id
                               and a.tenant_id = g.tenant_id and a.subject_type = g.subject_type
                               and a.subject_id = g.subject_id))
                        order by f.id, g.expires_at desc""", me, now, null));
        return rows.stream().map(row -> {
            String owner = (String) row[1];
            FileViews.FileView file = TenantTransactions.forTenant(owner, () -> catalog.get((UUID) row[0]));
            return new GrantedFile(owner, tenantNames.of(owner).orElse(null), NativeValues.offsetDateTime(row[2]), file);
        }).toList();
    }

    public GrantedFile get(UUID fileId) {
        Access access = access(fileId);
        FileViews.FileView file = TenantTransactions.forTenant(access.ownerTenant(), () -> catalog.get(fileId));
        return new GrantedFile(access.ownerTenant(), tenantNames.of(access.ownerTenant()).orElse(null),
                access.expiresAt(), file);
    }

    public DownloadService.DownloadLink link(UUID fileId, int number) {
        Access access = access(fileId);
        String me = tenant.id();
        return TenantTransactions.forTenant(access.ownerTenant(),
                () -> downloads.linkFor(fileId, number, me, access.grantId()));
    }

    private Access access(UUID fileId) {
        String me = tenant.id();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Object[]> rows = TenantTransactions.allTenants(
                "a tenant reads a file another tenant granted to it: the grant is found by grantee and file",
                () -> rows("""
                        select g.id, g.tenant_id, g.expires_at
                        from file_grant g join stored_file f on f.tenant_id = g.tenant_id and f.id = :file
                        where g.grantee_tenant = :me and g.revoked_at is null and g.expires_at > :now
                          and (g.file_id = f.id or exists (select 1 from file_attachment a where a.file_id = f.id
                               and a.tenant_id = g.tenant_id and a.subject_type = g.subject_type
                               and a.subject_id = g.subject_id))
                        order by g.expires_at desc limit 1""", me, now, fileId));
        if (rows.isEmpty()) {
            throw new NotFoundException("No file " + fileId);
        }
        Object[] row = rows.get(0);
        return new Access((UUID) row[0], (String) row[1], NativeValues.offsetDateTime(row[2]));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String me, OffsetDateTime now, UUID file) {
        // Native on purpose: Hibernate's tenant filter would hide every row from an all-tenants scope.
        var query = entities.createNativeQuery(sql, Object[].class).setParameter("me", me).setParameter("now", now);
        if (file != null) {
            query.setParameter("file", file);
        }
        return query.getResultList();
    }
}
