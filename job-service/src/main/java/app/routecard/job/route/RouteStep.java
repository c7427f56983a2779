package app.routecard.job.route;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One operation of a job's route. */
@Entity
@Table(name = "route_step")
public class RouteStep extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "job_id", nullable = false)
    public UUID jobId;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String name;

    @Column(name = "work_center")
    public String workCenter;

    @Column(name = "planned_hours")
    public BigDecimal plannedHours;

    public String instructions;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StepStatus status;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;

    public String operator;

    @Column(name = "good_quantity")
    public Integer goodQuantity;

    @Column(name = "scrap_quantity")
    public Integer scrapQuantity;

    @Column(name = "skip_reason")
    public String skipReason;

    /** The job's route, in order. */
    public static java.util.List<RouteStep> ofJob(java.util.UUID jobId) {
        return list("jobId", io.quarkus.panache.common.Sort.ascending("position"), jobId);
    }

    /** A step a request names must be one of the job's own: anything else is a 400 naming {@code stepId}. */
    public static void requireOnJob(java.util.UUID stepId, java.util.UUID jobId) {
        if (stepId != null && count("id = ?1 and jobId = ?2", stepId, jobId) == 0) {
            throw new app.routecard.platform.service.problem.InvalidField("stepId", "is not a step of this job");
        }
    }
}
