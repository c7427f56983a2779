package app.routecard.marketplace.awards;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** An RFQ line awarded to a shop, in the shop's tenant; its id is the buyer's order's. It becomes one job. */
@Entity
@Table(name = "award")
public class Award extends OrderedLine {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "order_number", nullable = false)
    public String orderNumber;

    @Column(name = "buyer_tenant", nullable = false)
    public String buyerTenant;

    @Column(name = "buyer_name", nullable = false)
    public String buyerName;

    @Column(name = "rfq_id", nullable = false)
    public UUID rfqId;

    @Column(name = "rfq_number", nullable = false)
    public String rfqNumber;

    @Column(name = "quote_id", nullable = false)
    public UUID quoteId;

    @Column(nullable = false)
    public String status;

    @Column(name = "job_id")
    public UUID jobId;

    @Column(name = "job_number")
    public String jobNumber;

    @Column(name = "awarded_at", nullable = false)
    public OffsetDateTime awardedAt;

    @Column(name = "acknowledged_at")
    public OffsetDateTime acknowledgedAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;
}
