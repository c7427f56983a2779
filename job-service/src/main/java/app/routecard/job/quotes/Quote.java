package app.routecard.job.quotes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A shop's quote to its customer. */
@Entity
@Table(name = "quote")
public class Quote extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(nullable = false)
    public String number;

    @Column(name = "customer_name", nullable = false)
    public String customerName;

    @Column(name = "customer_contact")
    public String customerContact;

    @Column(name = "customer_email")
    public String customerEmail;

    @Column(nullable = false)
    public String currency;

    @Column(name = "valid_until", nullable = false)
    public LocalDate validUntil;

    public String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public QuoteStatus status;

    @Column(name = "customer_po")
    public String customerPo;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;
}
