package app.routecard.marketplace.rfq;

import app.routecard.marketplace.capability.Certification;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/** A buyer's request for quotes; the buyer's tenant owns it. */
@Entity
@Table(name = "rfq")
public class Rfq extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(nullable = false)
    public String number;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RfqStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "certifications", nullable = false)
    public List<Certification> certifications = new ArrayList<>();

    @Column(name = "target_ship_date", nullable = false)
    public LocalDate targetShipDate;

    @Column(name = "quote_deadline", nullable = false)
    public OffsetDateTime quoteDeadline;

    @Column(name = "ship_to_country", nullable = false)
    public String shipToCountry;

    @Column(name = "ship_to_subdivision")
    public String shipToSubdivision;

    @Column(nullable = false)
    public String currency;

    @Column(name = "invite_only", nullable = false)
    public boolean inviteOnly;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "invited", nullable = false)
    public List<String> invited = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "blocked", nullable = false)
    public List<String> blocked = new ArrayList<>();

    public String notes;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "posted_at")
    public OffsetDateTime postedAt;

    @Column(name = "cancelled_at")
    public OffsetDateTime cancelledAt;

    @OneToMany(mappedBy = "rfq", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<RfqLine> lines = new ArrayList<>();

    @Version
    public int version;
}
