package app.routecard.job.blockers;

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

@Entity
@Table(name = "blocker")
public class Blocker extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "job_id", nullable = false)
    public UUID jobId;

    @Column(name = "step_id")
    public UUID stepId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BlockerCategory category;

    @Column(nullable = false)
    public String note;

    @Column(name = "raised_by", nullable = false)
    public String raisedBy;

    @Column(name = "raised_at", nullable = false)
    public OffsetDateTime raisedAt;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;

    @Column(name = "resolution_note")
    public String resolutionNote;

    public static long openOn(UUID jobId) {
        return count("jobId = ?1 and resolvedAt is null", jobId);
    }

    /** The job's open blockers, oldest first. */
    public static java.util.List<Blocker> openListOn(UUID jobId) {
        return list("jobId = ?1 and resolvedAt is null", io.quarkus.panache.common.Sort.ascending("raisedAt"), jobId);
    }
}
