package app.routecard.files.release;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A revision released for a job to be made from; superseded when a newer revision of the file is released. */
@Entity
@Table(name = "file_release")
public class FileRelease extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "file_id", nullable = false)
    public UUID fileId;

    @Column(name = "revision_id", nullable = false)
    public UUID revisionId;

    @Column(name = "job_id", nullable = false)
    public UUID jobId;

    @Column(name = "released_by", nullable = false)
    public String releasedBy;

    @Column(name = "released_at", nullable = false)
    public OffsetDateTime releasedAt;

    @Column(name = "superseded_at")
    public OffsetDateTime supersededAt;

    @Column(name = "superseded_by_revision")
    public UUID supersededByRevision;

    public boolean current() {
        return supersededAt == null;
    }
}
