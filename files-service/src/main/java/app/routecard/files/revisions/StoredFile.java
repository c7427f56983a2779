package app.routecard.files.revisions;

import app.routecard.files.upload.Purpose;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A logical file of a tenant ("BRKT-1001 drawing"), whose revisions hold the bytes. */
@Entity
@Table(name = "stored_file")
public class StoredFile extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Purpose purpose;

    @Column(name = "revision_count", nullable = false)
    public int revisionCount;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "archived_at")
    public OffsetDateTime archivedAt;

    @Column(name = "archived_by")
    public String archivedBy;

    public boolean archived() {
        return archivedAt != null;
    }
}
