package app.routecard.job.quotes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One part on a quote; once accepted, the job that makes it. */
@Entity
@Table(name = "quote_line")
public class QuoteLine extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "quote_id", nullable = false)
    public UUID quoteId;

    @Column(nullable = false)
    public int position;

    @Column(name = "part_number", nullable = false)
    public String partNumber;

    @Column(nullable = false)
    public String revision;

    public String description;

    @Column(nullable = false)
    public int quantity;

    public String material;

    @Column(name = "unit_price", nullable = false)
    public BigDecimal unitPrice;

    @Column(name = "lead_time_days", nullable = false)
    public int leadTimeDays;

    @Column(name = "job_id")
    public UUID jobId;
}
