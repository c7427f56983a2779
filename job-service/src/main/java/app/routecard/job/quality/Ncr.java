package app.routecard.job.quality;

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

/**
 * A non-conformance report: what a failed inspection found, or what a marketplace buyer sent back, and what is done
 * with the parts.
 */
@Entity
@Table(name = "ncr")
public class Ncr extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "job_id", nullable = false)
    public UUID jobId;

    /** The failed inspection, for an NCR of origin INSPECTION. */
    @Column(name = "inspection_id")
    public UUID inspectionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NcrOrigin origin = NcrOrigin.INSPECTION;

    /** The buyer's return (marketplace-service's id), for an NCR of origin CUSTOMER_RETURN. */
    @Column(name = "customer_return_id")
    public UUID customerReturnId;

    @Column(nullable = false)
    public int sequence;

    @Column(nullable = false)
    public String number;

    @Column(nullable = false)
    public String description;

    @Column(nullable = false)
    public int quantity;

    @Enumerated(EnumType.STRING)
    public Disposition disposition;

    @Column(name = "opened_by", nullable = false)
    public String openedBy;

    @Column(name = "opened_at", nullable = false)
    public OffsetDateTime openedAt;

    @Column(name = "dispositioned_by")
    public String dispositionedBy;

    @Column(name = "dispositioned_at")
    public OffsetDateTime dispositionedAt;

    @Column(name = "disposition_note")
    public String dispositionNote;
}
