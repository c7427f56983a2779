package app.routecard.files.grants;

import app.routecard.files.subjects.SubjectType;
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

/** Read-only access for another tenant to one file or to every file of a subject, until expiry or revocation. */
@Entity
@Table(name = "file_grant")
public class FileGrant extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "grantee_tenant", nullable = false)
    public String granteeTenant;

    @Column(name = "file_id")
    public UUID fileId;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type")
    public SubjectType subjectType;

    @Column(name = "subject_id")
    public UUID subjectId;

    @Column(name = "expires_at", nullable = false)
    public OffsetDateTime expiresAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    @Column(name = "revoked_by")
    public String revokedBy;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "source_event")
    public UUID sourceEvent;

    /** The key another service gave the share it asked for by event, to withdraw it later; null for API grants. */
    @Column(name = "share_key")
    public String shareKey;
}
