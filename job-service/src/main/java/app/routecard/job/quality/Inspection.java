package app.routecard.job.quality;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/** One inspected characteristic of a job, in process (at a step) or final. */
@Entity
@Table(name = "inspection")
public class Inspection extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "job_id", nullable = false)
    public UUID jobId;

    @Column(name = "step_id")
    public UUID stepId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InspectionKind kind;

    @Column(nullable = false)
    public String characteristic;

    public BigDecimal nominal;

    @Column(name = "tolerance_minus")
    public BigDecimal toleranceMinus;

    @Column(name = "tolerance_plus")
    public BigDecimal tolerancePlus;

    public String unit;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<BigDecimal> measured;

    @Column(nullable = false)
    public boolean passed;

    @Column(nullable = false)
    public String inspector;

    public String note;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
