package app.routecard.marketplace.orders;

import app.routecard.marketplace.awards.OrderedLine;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * The buyer's order: one RFQ line awarded to one shop, in the buyer's tenant, following the shop's job from its
 * events (the buyer never reads job-service). Its id is the shop's award's.
 */
@Entity
@Table(name = "purchase_order")
public class PurchaseOrder extends OrderedLine {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(nullable = false)
    public String number;

    @Column(name = "rfq_id", nullable = false)
    public UUID rfqId;

    @Column(name = "rfq_line_id", nullable = false)
    public UUID rfqLineId;

    @Column(name = "quote_id", nullable = false)
    public UUID quoteId;

    @Column(name = "supplier_tenant", nullable = false)
    public String supplierTenant;

    @Column(name = "supplier_name", nullable = false)
    public String supplierName;

    @Column(name = "lead_days", nullable = false)
    public int leadDays;

    @Column(nullable = false)
    public String status;

    @Column(name = "job_number")
    public String jobNumber;

    @Column(name = "job_stage")
    public String jobStage;

    @Column(name = "steps_done", nullable = false)
    public int stepsDone;

    @Column(name = "shipped_quantity", nullable = false)
    public int shippedQuantity;

    @Column(name = "received_quantity", nullable = false)
    public int receivedQuantity;

    @Column(name = "accepted_quantity", nullable = false)
    public int acceptedQuantity;

    @Column(name = "rejected_quantity", nullable = false)
    public int rejectedQuantity;

    @Column(name = "returned_quantity", nullable = false)
    public int returnedQuantity;

    @Column(name = "awarded_by", nullable = false)
    public String awardedBy;

    @Column(name = "awarded_at", nullable = false)
    public OffsetDateTime awardedAt;

    @Column(name = "acknowledged_at")
    public OffsetDateTime acknowledgedAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
