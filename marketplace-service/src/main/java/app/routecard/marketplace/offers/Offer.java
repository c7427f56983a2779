package app.routecard.marketplace.offers;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/** An RFQ offered to one supplier, in the supplier's tenant, with the RFQ as it was when offered. */
@Entity
@Table(name = "offer")
public class Offer extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "rfq_id", nullable = false)
    public UUID rfqId;

    @Column(name = "buyer_tenant", nullable = false)
    public String buyerTenant;

    @Column(name = "wave_number", nullable = false)
    public int waveNumber;

    @Column(nullable = false)
    public String status;

    @Column(name = "expires_at", nullable = false)
    public OffsetDateTime expiresAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "rfq_snapshot", nullable = false)
    public String rfqSnapshot;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
