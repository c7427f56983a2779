package app.routecard.marketplace.rfq;

import app.routecard.marketplace.capability.Process;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/** One part of an RFQ: what to make, how many (one quantity or quantity breaks), of what, how big. */
@Entity
@Table(name = "rfq_line")
public class RfqLine extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "rfq_id", nullable = false)
    public Rfq rfq;

    @Column(nullable = false)
    public int position;

    @Column(name = "part_number", nullable = false)
    public String partNumber;

    public String revision;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "quantities", nullable = false)
    public List<Integer> quantities = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Process process;

    @Column(nullable = false)
    public String material;

    public String finish;

    @Column(name = "tolerance_class")
    public String toleranceClass;

    @Column(name = "length_mm")
    public BigDecimal lengthMm;

    @Column(name = "width_mm")
    public BigDecimal widthMm;

    @Column(name = "height_mm")
    public BigDecimal heightMm;

    public String notes;
}
