package app.routecard.job.share;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A link that shows one job's customer-safe status to whoever holds its token, until it expires or is revoked. */
@Entity
@Table(name = "share_link")
public class ShareLink extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "job_id", nullable = false)
    public UUID jobId;

    @Column(name = "token_hash", nullable = false)
    public String tokenHash;

    public String label;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    public OffsetDateTime expiresAt;

    @Column(name = "revoked_by")
    public String revokedBy;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    @Column(name = "last_opened_at")
    public OffsetDateTime lastOpenedAt;

    @Column(name = "opened_count", nullable = false)
    public int openedCount;
}
