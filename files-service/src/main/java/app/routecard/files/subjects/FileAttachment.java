package app.routecard.files.subjects;

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

/** A file belongs to a subject of another service: a job, a shipment, a quote, an RFQ. */
@Entity
@Table(name = "file_attachment")
public class FileAttachment extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "file_id", nullable = false)
    public UUID fileId;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false)
    public SubjectType subjectType;

    @Column(name = "subject_id", nullable = false)
    public UUID subjectId;

    @Column(name = "attached_by", nullable = false)
    public String attachedBy;

    @Column(name = "attached_at", nullable = false)
    public OffsetDateTime attachedAt;
}
