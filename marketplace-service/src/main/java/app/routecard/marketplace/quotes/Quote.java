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

/** A supplier's answer to an offer, in the supplier's tenant: a quote or a counter-offer. */
@Entity
@Table(name = "quote")
public class Quote extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "offer_id", nullable = false)
    public UUID offerId;

    @Column(name = "rfq_id", nullable = false)
    public UUID rfqId;

    @Column(name = "rfq_number", nullable = false)
    public String rfqNumber;

    @Column(name = "buyer_tenant", nullable = false)
    public String buyerTenant;

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
