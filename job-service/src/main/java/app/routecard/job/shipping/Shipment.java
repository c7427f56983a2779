package app.routecard.job.shipping;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/** One shipment of a job's parts (partial or the last), with its proof and, later, its delivery. */
@Entity
@Table(name = "shipment")
public class Shipment extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "job_id", nullable = false)
    public UUID jobId;

    @Column(nullable = false)
    public int sequence;

    @Column(nullable = false)
    public int quantity;

    @Column(name = "final_shipment", nullable = false)
    public boolean finalShipment;

    public String carrier;

    @Column(name = "tracking_number")
    public String trackingNumber;

    @Column(name = "shipped_at", nullable = false)
    public OffsetDateTime shippedAt;

    @Column(name = "on_time", nullable = false)
    public boolean onTime;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "proof_file_ids", nullable = false)
    public List<UUID> proofFileIds;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "delivered_at")
    public OffsetDateTime deliveredAt;

    @Column(name = "delivery_recorded_by")
    public String deliveryRecordedBy;
}
