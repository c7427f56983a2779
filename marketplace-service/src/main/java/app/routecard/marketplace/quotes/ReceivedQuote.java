package app.routecard.marketplace.quotes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/** The buyer's copy of a quote on one of its RFQs, in the buyer's tenant; its id is the supplier's quote's. */
@Entity
@Table(name = "received_quote")
public class ReceivedQuote extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "rfq_id", nullable = false)
    public UUID rfqId;

    @Column(name = "supplier_tenant", nullable = false)
    public String supplierTenant;

    @Column(name = "supplier_name", nullable = false)
    public String supplierName;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public String currency;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String lines;

    @JdbcTypeCode(SqlTypes.JSON)
    public String counter;

    @Column(name = "valid_until", nullable = false)
    public LocalDate validUntil;

    public String notes;

    @Column(nullable = false)
    public int revision;

    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;
}
