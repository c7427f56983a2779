package app.routecard.files.download;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One download link handed out, kept in the file owner's tenant: who, of which tenant, which revision, when. */
@Entity
@Table(name = "file_download")
public class FileDownload extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "file_id", nullable = false)
    public UUID fileId;

    @Column(name = "revision_id", nullable = false)
    public UUID revisionId;

    @Column(name = "downloaded_by", nullable = false)
    public String downloadedBy;

    @Column(name = "by_tenant", nullable = false)
    public String byTenant;

    @Column(name = "via_grant")
    public UUID viaGrant;

    @Column(nullable = false)
    public OffsetDateTime at;
}
